import { SEVERITY_RANK, type AnalysisResult, type Finding, type Severity } from '../engine';
import type { Palette } from './color';

const MAX_MATCH_IN_HEADING = 80;
const INDENT = '  ';

/**
 * The human report of `second-look scan "<text>"`: the verdict, the post with each finding's span
 * highlighted and numbered, then one block per finding. Without colour, spans are marked «like
 * this» so the report still reads in a log file. Pure: the caller decides colour and output.
 */
export function formatReport(text: string, result: AnalysisResult, pal: Palette): string {
  const { findings } = result;
  const lines = [heading(result, pal)];
  if (findings.length === 0) return lines.join('\n') + '\n';

  lines.push('', ...highlightText(text, findings, pal).map((line) => INDENT + line));
  findings.forEach((finding, i) => lines.push('', ...findingBlock(finding, i + 1, pal)));
  return lines.join('\n') + '\n';
}

function heading({ verdict, findings }: AnalysisResult, pal: Palette): string {
  const word = pal.level(verdict, verdict.toUpperCase());
  if (findings.length === 0) return `Second Look: ${word} - nothing to flag`;
  const bySeverity = (['high', 'medium', 'low'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const noun = findings.length === 1 ? 'finding' : 'findings';
  return `Second Look: ${word} - ${findings.length} ${noun} (${bySeverity.join(', ')})`;
}

/**
 * The post split at every finding boundary; each piece is styled by the most severe finding
 * covering it, and a dim [n] follows the end of finding n. Findings may nest (a patient-story
 * span around an SSN), so this works on elementary segments rather than on findings.
 */
export function highlightText(text: string, findings: readonly Finding[], pal: Palette): string[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const cuts = [...new Set([0, text.length, ...findings.flatMap((f) => [clamp(f.start), clamp(f.end)])])].sort(
    (a, b) => a - b,
  );

  let out = '';
  let inSpan = false;
  for (let k = 0; k < cuts.length; k++) {
    const at = cuts[k]!;
    const next = cuts[k + 1];
    const covering = next === undefined ? [] : findings.filter((f) => f.start <= at && f.end >= next && f.start < f.end);
    if (inSpan && covering.length === 0) {
      if (!pal.enabled) out += '»';
      inSpan = false;
    }
    const endingHere = findings.flatMap((f, i) => (clamp(f.end) === at ? [`[${i + 1}]`] : []));
    if (endingHere.length) out += pal.dim(endingHere.join(''));
    if (next === undefined) break;

    const segment = printable(text.slice(at, next));
    if (covering.length === 0) {
      out += segment;
      continue;
    }
    if (!inSpan && !pal.enabled) out += '«';
    inSpan = true;
    const level = mostSevere(covering);
    // Style each line separately so a colour never bleeds past a line break into the indent.
    out += segment
      .split('\n')
      .map((piece) => pal.span(level, piece))
      .join('\n');
  }

  const lines = out.split('\n');
  while (lines.length > 1 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines;
}

function findingBlock(f: Finding, n: number, pal: Palette): string[] {
  const severity = pal.level(f.severity, f.severity.toUpperCase().padEnd(6));
  const block = [
    `${pal.dim(`[${n}]`)} ${severity} ${pal.bold(f.rule)}  "${oneLine(f.match, MAX_MATCH_IN_HEADING)}"`,
    `    ${printable(f.message)}`,
    `    ${pal.dim('Guidance:')} ${printable(f.guidance)}`,
  ];
  if (f.fix) block.push(`    ${pal.dim('Fix:')} replace with "${oneLine(f.fix.replacement, MAX_MATCH_IN_HEADING)}"`);
  return block;
}

function mostSevere(findings: readonly Finding[]): Severity {
  let level: Severity = 'low';
  for (const f of findings) if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[level]) level = f.severity;
  return level;
}

/**
 * Post text is untrusted: control characters (an ESC from a pasted terminal log) are shown as
 * visible symbols instead of being sent to the terminal, where they could restyle or hide output.
 * CRLF line ends (a post saved on Windows) are just line ends.
 */
export function printable(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : '\ufffd';
  });
}

function oneLine(text: string, max: number): string {
  const flat = printable(text.replace(/\r?\n/g, ' '));
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
