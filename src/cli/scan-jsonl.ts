import { performance } from 'node:perf_hooks';
import { SEVERITY_RANK, type Verdict } from '../engine';
import { parseInputLine } from './input-line';
import { analyzeWith, type ScanSettings } from './policy-file';
import { publicFinding, type PublicFinding } from './public-finding';
import { stripBom, type LineWriter } from './streams';

/** What `scan --jsonl` writes for a line it could scan. Field order is the documented order. */
export interface ScannedLine {
  id: string | number | null;
  verdict: Verdict;
  findings: PublicFinding[];
  /** Engine time for this text only (not parsing or I/O), in milliseconds. */
  ms: number;
}

/** What `scan --jsonl` writes for a malformed line; processing continues with the next line. */
export interface BadLine {
  id: null;
  line: number;
  error: string;
}

export interface JsonlSummary {
  scanned: number;
  bad: number;
  /** The highest verdict over all scanned lines: what `--fail-on` compares against. */
  worst: Verdict;
}

/**
 * Scans JSONL line by line, writing one output line per non-blank input line, in input order.
 * Blank lines produce no output but still count, so line numbers match the file.
 */
export async function scanJsonl(
  lines: AsyncIterable<string>,
  write: LineWriter,
  settings: ScanSettings,
): Promise<JsonlSummary> {
  const summary: JsonlSummary = { scanned: 0, bad: 0, worst: 'ok' };
  // The first call compiles every recognizer's regexes; warm up so `ms` measures the engine's
  // steady-state cost for each post, not start-up.
  analyzeWith('Pt in bed 1, DOB 01/02/1950, call 614-555-0122.', settings);
  let lineNumber = 0;
  for await (const rawLine of lines) {
    lineNumber++;
    const raw = lineNumber === 1 ? stripBom(rawLine) : rawLine;
    if (raw.trim() === '') continue;

    const parsed = parseInputLine(raw, lineNumber);
    if (!parsed.ok) {
      summary.bad++;
      const bad: BadLine = { id: null, line: lineNumber, error: parsed.error };
      await write(JSON.stringify(bad));
      continue;
    }

    const started = performance.now();
    const result = analyzeWith(parsed.value.text, settings);
    const ms = performance.now() - started;

    summary.scanned++;
    if (SEVERITY_RANK[result.verdict] > SEVERITY_RANK[summary.worst]) summary.worst = result.verdict;
    const out: ScannedLine = {
      id: parsed.value.id ?? null,
      verdict: result.verdict,
      findings: result.findings.map(publicFinding),
      ms: Math.round(ms * 1000) / 1000,
    };
    await write(JSON.stringify(out));
  }
  return summary;
}
