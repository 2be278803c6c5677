import type { Action, Policy } from '../../src/policy';
import type { PolicyState } from '../../src/policy/storage';
import { updateUserSettings } from '../../src/policy/user-settings';
import { LockIcon } from '../../src/ui/settings/Lock';
import { SelectRow, SwitchRow, type Choice } from '../../src/ui/settings/controls';
import { SiteSwitches } from '../../src/ui/settings/SiteSwitches';

const ACTION_CHOICES: readonly Choice<Action>[] = [
  { value: 'show', label: 'Warn' },
  { value: 'confirm', label: 'Ask before posting' },
  { value: 'block', label: 'Block until fixed' },
];

const SENSITIVITY_CHOICES: readonly Choice<Policy['sensitivity']>[] = [
  { value: 'standard', label: 'Standard' },
  { value: 'strict', label: 'Strict' },
];

const TIERS = ['high', 'medium', 'low'] as const;
/** Named by level here; the inline panel's badges say "High risk", "Check", "Worth a look". */
const TIER_LABEL = { high: 'High risk', medium: 'Medium risk', low: 'Low risk' } as const;

/**
 * The settings a clinician changes most, in the popup: sites, sensitivity, what each level of
 * risk does. Everything else (rules, terms, import/export) is on the options page.
 */
export function QuickSettings({ state }: { state: PolicyState }) {
  const { policy } = state;
  const locked = (path: string) => state.lockedPaths.includes(path);
  const anyLocked = state.lockedPaths.some((p) => /^(sites|sensitivity|actions|confirmRequiresReason)/.test(p));
  const setAction = (tier: (typeof TIERS)[number], action: Action) =>
    void updateUserSettings((cur) => ({ ...cur, actions: { ...cur.actions, [tier]: action } }));

  return (
    <details class="settings" data-section="settings">
      <summary class="settings__summary">
        <span>Settings</span>
        {anyLocked && (
          <span class="settings__locked">
            <LockIcon /> Some set by your organization
          </span>
        )}
      </summary>

      <fieldset class="sl-group">
        <legend class="sl-group__title">Check posts on</legend>
        <SiteSwitches state={state} />
      </fieldset>

      <fieldset class="sl-group">
        <legend class="sl-group__title">How careful</legend>
        <SelectRow
          path="sensitivity"
          label="Sensitivity"
          hint={policy.sensitivity === 'strict' ? 'Every identifier, even with nobody attached' : 'Identifiers tied to a person or patient'}
          locked={locked('sensitivity')}
          value={policy.sensitivity}
          choices={SENSITIVITY_CHOICES}
          onChange={(sensitivity) => void updateUserSettings((cur) => ({ ...cur, sensitivity }))}
        />
      </fieldset>

      <fieldset class="sl-group">
        <legend class="sl-group__title">When a draft is…</legend>
        {TIERS.map((tier) => (
          <SelectRow
            key={tier}
            path={`actions.${tier}`}
            label={TIER_LABEL[tier]}
            locked={locked(`actions.${tier}`)}
            value={policy.actions[tier]}
            choices={ACTION_CHOICES}
            onChange={(action) => setAction(tier, action)}
          />
        ))}
        <SwitchRow
          path="confirmRequiresReason"
          label="Ask for a reason to post anyway"
          locked={locked('confirmRequiresReason')}
          checked={policy.confirmRequiresReason}
          onChange={(confirmRequiresReason) => void updateUserSettings((cur) => ({ ...cur, confirmRequiresReason }))}
        />
      </fieldset>
    </details>
  );
}
