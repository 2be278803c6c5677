import { once } from 'node:events';

/**
 * Splits decoded stdin into lines as JSONL defines them: "\n" ends a line, a "\r" before it is
 * part of the line ending (CRLF files from Windows tools), and a final line without a newline
 * still counts. Unlike readline, a lone "\r" is not a line break, so line numbers in error
 * messages match what an editor shows for a JSONL file. Streams: only the current line is held.
 */
export async function* readLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let pending = '';
  for await (const chunk of chunks) {
    // Only the new chunk can hold a newline: the pending text was already searched.
    let searchFrom = pending.length;
    pending += chunk;
    let lineStart = 0;
    let nl: number;
    while ((nl = pending.indexOf('\n', searchFrom)) !== -1) {
      yield withoutCr(pending.slice(lineStart, nl));
      lineStart = searchFrom = nl + 1;
    }
    pending = pending.slice(lineStart);
  }
  if (pending !== '') yield withoutCr(pending);
}

function withoutCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** The whole of a (small) stream, e.g. one post piped in with `scan < post.txt`. */
export async function readAll(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

/** Windows editors and PowerShell prefix UTF-8 files with a BOM; JSON.parse rejects it. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export type LineWriter = (line: string) => Promise<void>;

/**
 * Writes one line and waits for 'drain' when the pipe is full, so scanning a huge JSONL file into
 * a slow consumer does not buffer all the output in memory.
 */
export function lineWriter(out: NodeJS.WritableStream): LineWriter {
  return async (line) => {
    if (!out.write(line + '\n')) await once(out, 'drain');
  };
}
