import { useState } from 'preact/hooks';
import { RULES, type Finding } from '../engine';
import { SEVERITY_LABEL } from './severity';
import { onTrusted } from './trusted';

/** What the inline panel lets a user do with one finding; the popup shows findings only. */
export interface FindingActions {
  redact(finding: Finding): void;
  ignore(finding: Finding): void;
}

interface FindingListProps {
  findings: readonly Finding[];
  actions?: FindingActions;
}

/**
 * The findings of one draft, in reading order. Shared by the popup's draft checker and the inline
 * panel; renders only what the engine explained and never re-scans. Each item carries
 * `data-rule="<rule id>"`, a documented automation hook (docs/architecture.md, Guarantees).
 */
export function FindingList({ findings, actions }: FindingListProps) {
  if (findings.length === 0) return null;
  return (
    <ul class="sl-findings">
      {findings.map((f) => (
        <FindingItem key={`${f.rule}:${f.start}:${f.end}`} finding={f} actions={actions} />
      ))}
    </ul>
  );
}

function FindingItem({ finding, actions }: { finding: Finding; actions?: FindingActions }) {
  const [open, setOpen] = useState(false);
  const title = RULES[finding.rule]?.title ?? finding.rule;
  const detailsId = `sl-why-${finding.rule.replace('.', '-')}-${finding.start}`;
  return (
    <li class="sl-finding" data-rule={finding.rule} data-severity={finding.severity}>
      <div class="sl-finding__head">
        <span class={`sl-badge sl-badge--${finding.severity}`}>{SEVERITY_LABEL[finding.severity]}</span>
        <span class="sl-finding__title">{title}</span>
      </div>
      <p class="sl-finding__message">{finding.message}</p>
      <p class="sl-finding__guidance">{finding.guidance}</p>
      {actions && (
        <div class="sl-finding__actions">
          {finding.fix && (
            <button type="button" class="sl-button sl-button--primary" data-action="redact" onClick={onTrusted(() => actions.redact(finding))}>
              {finding.fix.label}
            </button>
          )}
          <button type="button" class="sl-button" data-action="ignore" onClick={onTrusted(() => actions.ignore(finding))}>
            Ignore once
          </button>
          <button type="button" class="sl-button sl-button--link" aria-expanded={open} aria-controls={detailsId} onClick={onTrusted(() => setOpen(!open))}>
            Why?
          </button>
        </div>
      )}
      {actions && open && <WhyDetails id={detailsId} finding={finding} />}
    </li>
  );
}

const TIE_WORDS: Record<Finding['explain']['tie'], string> = {
  inherent: 'This kind of number only ever belongs to a person.',
  patient: 'It appears next to words about a patient.',
  person: 'It appears next to words about a person.',
  family: 'It appears to be about your own family.',
  none: 'Nobody seems attached to it; shown because checking is strict.',
};

function WhyDetails({ id, finding }: { id: string; finding: Finding }) {
  const { explain } = finding;
  return (
    <dl class="sl-why" id={id}>
      <dt>Found</dt>
      <dd>“{finding.match}” ({explain.pattern}{explain.validator === 'valid' ? ', checksum valid' : ''})</dd>
      <dt>Why it matters</dt>
      <dd>{TIE_WORDS[explain.tie]}</dd>
      {explain.context.length > 0 && (
        <>
          <dt>Words that tipped it</dt>
          <dd>{explain.context.map((c) => `“${c}”`).join(', ')}</dd>
        </>
      )}
    </dl>
  );
}
