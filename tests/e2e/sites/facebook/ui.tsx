/** @jsxImportSource react */
import type { ReactNode } from 'react';

export interface DivButtonProps {
  label?: string;
  disabled?: boolean;
  onPress?: () => void;
  className?: string;
  id?: string;
  children?: ReactNode;
}

/** Facebook's buttons are divs with role="button", aria-disabled, and Enter/Space activation. */
export function DivButton({ label, disabled = false, onPress, className = '', id, children }: DivButtonProps) {
  return (
    <div
      role="button"
      id={id}
      tabIndex={disabled ? -1 : 0}
      aria-label={label}
      aria-disabled={disabled ? 'true' : undefined}
      className={`fb-button ${className}`}
      onClick={() => {
        if (!disabled) onPress?.();
      }}
      onKeyDown={(event) => {
        if (disabled || (event.key !== 'Enter' && event.key !== ' ')) return;
        event.preventDefault();
        onPress?.();
      }}
    >
      {children ?? label}
    </div>
  );
}
