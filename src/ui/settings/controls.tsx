import type { ComponentChildren } from 'preact';
import { LockNote } from './Lock';

/** Ids for a setting path ("sites.x" -> "set-sites-x"), stable for labels and tests. */
export const controlId = (path: string) => `set-${path.replace(/[^a-z0-9]+/gi, '-')}`;

interface RowProps {
  /** Policy path ("sites.x", "actions.high"): also the data-setting automation hook. */
  path: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  locked: boolean;
}

/** An on/off setting, announced as a switch; disabled with a lock when IT set it. */
export function SwitchRow({ path, label, hint, locked, checked, onChange }: RowProps & { checked: boolean; onChange(on: boolean): void }) {
  const id = controlId(path);
  const described = [hint ? `${id}-hint` : '', locked ? `${id}-lock` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="sl-row" data-setting={path} data-locked={locked ? 'true' : undefined}>
      <div class="sl-row__text">
        <label class="sl-row__label" for={id}>
          {label}
        </label>
        {hint && (
          <span class="sl-row__hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
        {locked && <LockNote id={`${id}-lock`} />}
      </div>
      <input
        id={id}
        class="sl-switch"
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={locked}
        aria-describedby={described}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
    </div>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** A choice of a few values as a native select (keyboard and screen readers get it for free). */
export function SelectRow<T extends string>({
  path,
  label,
  hint,
  locked,
  value,
  choices,
  onChange,
}: RowProps & { value: T; choices: readonly Choice<T>[]; onChange(value: T): void }) {
  const id = controlId(path);
  const described = [hint ? `${id}-hint` : '', locked ? `${id}-lock` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="sl-row" data-setting={path} data-locked={locked ? 'true' : undefined}>
      <div class="sl-row__text">
        <label class="sl-row__label" for={id}>
          {label}
        </label>
        {hint && (
          <span class="sl-row__hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
        {locked && <LockNote id={`${id}-lock`} />}
      </div>
      <select id={id} class="sl-select" value={value} disabled={locked} aria-describedby={described} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
