import { RULES, type Finding } from '../engine';
import { SEVERITY_LABEL } from './severity';
import './finding-list.css';

interface FindingListProps {
  findings: readonly Finding[];
}

/**
 * The findings of one draft, in reading order. Shared by the popup's draft checker and the inline
 * panel; renders only what the engine explained and never re-scans. Each item carries
 * `data-rule="<rule id>"`, a documented automation hook (DESIGN.md).
 */
export function FindingList({ findings }: FindingListProps) {
  if (findings.length === 0) return null;
  return (
    <ul class="sl-findings">
      {findings.map((f) => (
        <FindingItem key={`${f.rule}:${f.start}:${f.end}`} finding={f} />
      ))}
    </ul>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  const title = RULES[finding.rule]?.title ?? finding.rule;
  return (
    <li class="sl-finding" data-rule={finding.rule} data-severity={finding.severity}>
      <div class="sl-finding__head">
        <span class={`sl-badge sl-badge--${finding.severity}`}>{SEVERITY_LABEL[finding.severity]}</span>
        <span class="sl-finding__title">{title}</span>
      </div>
      <p class="sl-finding__message">{finding.message}</p>
      <p class="sl-finding__guidance">{finding.guidance}</p>
    </li>
  );
}
