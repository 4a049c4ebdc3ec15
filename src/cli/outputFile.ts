import * as path from 'node:path';
import { writeMadeFile } from '../core/storage';
import { NodeFileSystem } from '../platform/nodeFileSystem';

/**
 * Writes what a command exports to the file --output names (relative to `cwd`), as every file we
 * make is written (see writeMadeFile): under its lock, through a temporary file renamed over it,
 * so that an export interrupted or run twice at once never leaves half a file. The text comes in
 * pieces and goes to the disk as it comes: a team's JSON-LD (200 MiB) is never held whole.
 */
export async function writeOutputFile(cwd: string, output: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  const target = path.resolve(cwd, output);
  const pieces = typeof content === 'string' ? [new TextEncoder().encode(content)] : content instanceof Uint8Array ? [content] : encoded(inBatches(content));
  await writeMadeFile(new NodeFileSystem(path.dirname(target)), path.basename(target), pieces);
}

// About a MiB of text a write: few system calls, little held at once.
const BATCH_CHARACTERS = 1 << 20;

/** The pieces of a text joined into batches of about BATCH_CHARACTERS (an export comes an annotation at a time). */
export function* inBatches(pieces: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= BATCH_CHARACTERS) {
      yield batch.join('');
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) {
    yield batch.join('');
  }
}

function* encoded(texts: Iterable<string>): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  for (const text of texts) {
    yield encoder.encode(text);
  }
}
