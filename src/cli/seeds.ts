import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { Library, SEED_METADATA_FILES, loadLibrary } from '../core/library';

/**
 * The `seeds/` folder of the installation: the nearest one above `from`. That is `../seeds` for the
 * bundle in `dist/`, and three folders further up for the tests compiled into `out/src/cli/`.
 */
export function findSeedsDir(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'seeds');
    if (existsSync(path.join(candidate, SEED_METADATA_FILES[0]))) {
      return candidate;
    }
    if (path.dirname(dir) === dir) {
      throw new Error(`no seeds/ folder with ${SEED_METADATA_FILES[0]} above ${from}`);
    }
  }
}

export function loadSeedLibrary(seedsDir: string): Promise<Library> {
  return loadLibrary((fileName) => readFile(path.join(seedsDir, fileName), 'utf8'));
}
