/** The words every locked control carries, so staff know why they cannot change it. */
export const LOCK_TEXT = 'Set by your organization';

/**
 * A lock shown beside a control IT set. The control points at it with aria-describedby, so a
 * screen reader says "Set by your organization" along with the disabled control.
 */
export function LockNote({ id }: { id: string }) {
  return (
    <span class="sl-lock" id={id}>
      <LockIcon />
      {LOCK_TEXT}
    </span>
  );
}

export function LockIcon() {
  return (
    <svg class="sl-lock__icon" aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
      <path fill="currentColor" d="M5 7V5a3 3 0 0 1 6 0v2h1.5v8h-9V7H5zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2z" />
    </svg>
  );
}
