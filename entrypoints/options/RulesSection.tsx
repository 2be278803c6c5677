import { useState } from 'preact/hooks';
import { RULES } from '../../src/engine/rules';
import { CONDUCT_RULES, IMAGE_RULES, PHI_TEXT_RULES, type RuleId, type Severity } from '../../src/engine/types';
import type { PolicyState } from '../../src/policy/storage';
import type { PolicyPatch } from '../../src/policy/transfer';
import { updateUserSettings } from '../../src/policy/user-settings';
import { LockNote } from '../../src/ui/settings/Lock';
import { SEVERITY_LABEL } from '../../src/ui/severity';

const GROUPS: { title: string; intro: string; rules: readonly RuleId[]; subject: string }[] = [
  {
    title: 'Patient information',
    intro: 'The identifiers of HIPAA Safe Harbor, plus the details (rooms, stories) boards see identify patients.',
    rules: PHI_TEXT_RULES,
    subject: 'text that',
  },
  {
    title: 'Professional conduct',
    intro: 'What nursing and medical boards (NCSBN, ANA, AMA, GMC) treat as unprofessional online.',
    rules: CONDUCT_RULES,
    subject: 'text that',
  },
  { title: 'Images', intro: 'Checked on this device when a photo is attached to a post.', rules: IMAGE_RULES, subject: 'an attached image that' },
];

type RuleSetting = NonNullable<NonNullable<PolicyPatch['rules']>[RuleId]>;

/** Writes one rule's switch or severity; a rule back at its defaults is removed, not stored. */
function setRule(id: RuleId, change: Partial<RuleSetting>) {
  void updateUserSettings((cur) => {
    const rules = { ...cur.rules };
    const next: RuleSetting = { ...rules[id], ...change };
    if (next.enabled !== false) delete next.enabled;
    if (!next.severity) delete next.severity;
    if (Object.keys(next).length) rules[id] = next;
    else delete rules[id];
    return { ...cur, rules };
  });
}

/** Every rule, with what it flags, why (the source a board would cite), and its switches. */
export function RulesSection({ state }: { state: PolicyState }) {
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const matches = (id: RuleId) => !needle || `${id} ${RULES[id].title} ${RULES[id].guidance}`.toLowerCase().includes(needle);
  return (
    <section class="card" id="rules" aria-labelledby="rules-title">
      <h2 id="rules-title">Rules</h2>
      <p class="card__intro">
        Each rule explains itself in the warning it shows. Turn a rule off or change how serious its findings are; your organization
        may have set some of these for everyone.
      </p>
      <label class="filter">
        <span>Find a rule</span>
        <input type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} placeholder="room, SSN, profanity…" />
      </label>
      {GROUPS.map((group) => {
        const rules = group.rules.filter(matches);
        if (rules.length === 0) return null;
        return (
          <section key={group.title} class="rule-group" aria-label={group.title}>
            <h3 class="rule-group__title">{group.title}</h3>
            <p class="rule-group__intro">{group.intro}</p>
            <ul class="rules">
              {rules.map((id) => (
                <RuleItem key={id} id={id} subject={group.subject} state={state} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function RuleItem({ id, subject, state }: { id: RuleId; subject: string; state: PolicyState }) {
  const info = RULES[id];
  const setting = state.policy.rules[id];
  const locked = state.lockedPaths.includes(`rules.${id}`);
  const slug = id.replace(/[^a-z0-9]+/gi, '-');
  const describedBy = locked ? `rule-${slug}-lock` : undefined;
  return (
    <li class="rule" data-rule-id={id} data-locked={locked ? 'true' : undefined}>
      <div class="rule__head">
        <h4 class="rule__title" id={`rule-${slug}`}>
          {info.title}
        </h4>
        <code class="rule__id">{id}</code>
        {locked && <LockNote id={`rule-${slug}-lock`} />}
      </div>
      <p class="rule__what">
        Flags {subject} {info.says}.
      </p>
      <p class="rule__source">
        <span class="rule__source-label">Why: </span>
        {info.guidance}
      </p>
      <div class="rule__controls">
        <label class="rule__control">
          <input
            type="checkbox"
            role="switch"
            class="sl-switch"
            checked={setting?.enabled !== false}
            disabled={locked}
            aria-describedby={describedBy}
            onChange={(e) => setRule(id, { enabled: e.currentTarget.checked })}
          />
          <span>
            Check <span class="sl-visually-hidden">for {info.title}</span>
          </span>
        </label>
        <label class="rule__control">
          <span>
            Severity <span class="sl-visually-hidden">of {info.title}</span>
          </span>
          <select
            class="sl-select"
            value={setting?.severity ?? ''}
            disabled={locked || setting?.enabled === false}
            aria-describedby={describedBy}
            onChange={(e) => setRule(id, { severity: (e.currentTarget.value || undefined) as Severity | undefined })}
          >
            <option value="">As detected</option>
            {(['high', 'medium', 'low'] as const).map((s) => (
              <option key={s} value={s}>
                {SEVERITY_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </li>
  );
}
