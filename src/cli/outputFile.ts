import * as path from 'node:path';
import { writeUserFile } from '../core/storage';
import { NodeFileSystem } from '../platform/nodeFileSystem';

/**
 * Writes what a command exports to the file --output names (relative to `cwd`), as every file is
 * written (see writeUserFile): under its lock, through a temporary file renamed over it, so that
 * an export interrupted or run twice at once never leaves half a file. An export is not read back,
 * so no size limit applies.
 */
export async function writeOutputFile(cwd: string, output: string, content: string | Uint8Array): Promise<void> {
  const target = path.resolve(cwd, output);
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  await writeUserFile(new NodeFileSystem(path.dirname(target)), path.basename(target), () => bytes, Number.POSITIVE_INFINITY);
}
