import type { Verdict } from '../engine';
import type { ScanOptions } from './args';
import { palette, shouldUseColor } from './color';
import { analyzeWith, type ScanSettings } from './policy-file';
import { UsageError } from './exit-codes';
import { formatReport } from './report';
import { readAll, stripBom } from './streams';
import type { CliIo } from './run';

/** `scan "<text>"` / `scan < file`: one post, one human report. Returns the verdict. */
export async function scanText(options: ScanOptions, settings: ScanSettings, io: CliIo): Promise<Verdict> {
  let text = options.text;
  if (text === undefined) {
    if (io.stdinIsTTY) {
      throw new UsageError(
        'scan: nothing to scan - give the text as an argument, or pipe it in (second-look scan < post.txt)',
      );
    }
    text = stripBom(await readAll(io.stdin));
  }
  const result = analyzeWith(text, settings);
  const pal = palette(shouldUseColor(options.color, io.env, io.stdoutIsTTY));
  io.stdout.write(formatReport(text, result, pal));
  return result.verdict;
}
