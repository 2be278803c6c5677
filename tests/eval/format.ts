import type { CorpusReport, FiredFinding, Ratio, RowResult } from './metrics';

const MAX_TEXT = 160;

export function percent(rate: number | null): string {
  return rate === null ? 'n/a' : `${(rate * 100).toFixed(1)}%`;
}

function fraction({ hit, of }: Ratio): string {
  return `${hit}/${of}`;
}

/** Columns padded to their widest cell; by default the first is left-aligned, the rest right. */
export function table(header: string[], rows: string[][], align?: ('left' | 'right')[]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const alignOf = (c: number) => align?.[c] ?? (c === 0 ? 'left' : 'right');
  const render = (cells: string[]) =>
    cells
      .map((cell, c) => (alignOf(c) === 'left' ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [render(header), ...rows.map(render)];
}

function firedList(findings: FiredFinding[]): string {
  if (findings.length === 0) return '-';
  return findings.map((f) => `${f.rule}(${f.severity}) ${JSON.stringify(f.match)}`).join(', ');
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > MAX_TEXT ? flat.slice(0, MAX_TEXT - 1) + '…' : flat);
}

/** The three headline numbers, each on its own greppable line: "PHI post recall", ... */
function headline(report: CorpusReport): string[] {
  const rows: [string, Ratio, string][] = [
    ['PHI post recall', report.phi.posts, 'PHI rows with any phi.* finding at medium+'],
    ['PHI rule recall', report.phi.rules, 'micro-average over labeled PHI rule occurrences'],
    ['conduct post recall', report.conduct.posts, 'conduct rows with any conduct.* finding at medium+'],
    ['conduct rule recall', report.conduct.rules, 'micro-average over labeled conduct rule occurrences'],
    ['false alarms', report.falseAlarms, 'benign rows with any finding at medium+'],
  ];
  return table(
    ['', '', '', ''],
    rows.map(([label, r, note]) => [label, fraction(r), percent(r.rate), `(${note})`]),
    ['left', 'right', 'right', 'left'],
  ).slice(1);
}

function ruleTable(report: CorpusReport): string[] {
  return table(
    ['rule', 'labeled', 'found', 'recall', 'fired', 'false+', 'precision'],
    report.perRule.map((s) => [
      s.rule,
      String(s.labeled),
      String(s.found),
      percent(s.recall),
      String(s.fired),
      String(s.falsePositives),
      percent(s.precision),
    ]),
  );
}

function rowLines(r: RowResult, what: 'miss' | 'unlabeled'): string[] {
  const lines =
    what === 'miss'
      ? [`  ${r.id}  missing ${r.missing.join(', ')}  (expected ${r.expected.join(', ')})`]
      : [`  ${r.id}  unlabeled ${r.unlabeled.join(', ')}  (expected ${r.expected.join(', ')})`];
  lines.push(`      got: ${firedList(r.warned)}`);
  if (r.low.length) lines.push(`      low: ${firedList(r.low)}`);
  lines.push(`      text: ${clip(r.text)}`);
  return lines;
}

export function summaryLine(report: CorpusReport): string {
  return (
    `summary ${report.name}: PHI post recall ${percent(report.phi.posts.rate)}, ` +
    `PHI rule recall ${percent(report.phi.rules.rate)}, ` +
    `conduct post recall ${percent(report.conduct.posts.rate)}, ` +
    `conduct rule recall ${percent(report.conduct.rules.rate)}, ` +
    `false alarms ${percent(report.falseAlarms.rate)} (${fraction(report.falseAlarms)}), ` +
    `${report.rows} rows`
  );
}

export function formatReport(report: CorpusReport, verbose: boolean): string {
  const benign = report.falseAlarms.of;
  const out = [
    `== ${report.name} (${report.path})`,
    `${report.rows} rows: ${report.phi.posts.of} PHI, ${report.conduct.posts.of} conduct, ${benign} benign`,
    '',
    ...headline(report),
    '',
    ...ruleTable(report),
  ];

  out.push('', `false-alarm rows (${report.falseAlarms.hit}, what fired at medium+):`);
  if (report.falseAlarms.rows.length === 0) out.push('  none');
  for (const r of report.falseAlarms.rows) out.push(`  ${r.id}  ${firedList(r.warned)}`);

  if (verbose) {
    out.push('', `misses (${report.misses.length} rows with a labeled rule not found at medium+):`);
    if (report.misses.length === 0) out.push('  none');
    for (const r of report.misses) out.push(...rowLines(r, 'miss'));
    out.push('', `unlabeled findings (${report.unlabeled.length} labeled rows where an unlisted rule fired):`);
    if (report.unlabeled.length === 0) out.push('  none');
    for (const r of report.unlabeled) out.push(...rowLines(r, 'unlabeled'));
  } else if (report.misses.length > 0) {
    out.push('', `${report.misses.length} rows with misses; --verbose lists them`);
  }

  out.push('', summaryLine(report));
  return out.join('\n') + '\n';
}
