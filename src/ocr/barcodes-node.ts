/** The barcode reader for Node (CLI, eval, tests): zxing-wasm's .wasm read from node_modules. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { codeReader, type ReadCodes } from './barcodes';

const require = createRequire(import.meta.url);

export function nodeCodeReader(): ReadCodes {
  const bytes = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
  return codeReader({ bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
}
