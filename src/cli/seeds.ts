import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { DocumentCache } from '../core/documents/cache/documentCache';
import { loadWorkspaceDocuments } from '../core/documents/workspaceDocuments';
import { Library, SEED_METADATA_FILES, loadLibrary } from '../core/library';
import { NodeFileSystem } from '../platform/nodeFileSystem';

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

/** The ids of the embedded documents, from their metadata alone: what a workspace document may not be called. */
export async function readSeedIds(seedsDir: string): Promise<ReadonlySet<string>> {
  const ids = await Promise.all(SEED_METADATA_FILES.map(async (fileName) => (JSON.parse(await readFile(path.join(seedsDir, fileName), 'utf8')) as { id: string }).id));
  return new Set(ids);
}

/**
 * The library of a workspace: the embedded documents, then those under `<folder>/policy-documents/`
 * (or only those `only` names, for a command that needs no others), parsed documents kept in the
 * folder's cache. A document folder that cannot be read is reported through `warn` (as
 * file:line:column: message) and left out; the others load.
 */
export async function loadFolderLibrary(seedsDir: string, folder: string, warn: (text: string) => void, only?: readonly string[]): Promise<Library> {
  const embedded = await loadSeedLibrary(seedsDir);
  const fs = new NodeFileSystem(folder);
  const reserved = new Set(embedded.documents.map((document) => document.id));
  const workspace = await loadWorkspaceDocuments(fs, reserved, { cache: new DocumentCache(fs), ...(only && { only }) });
  for (const problem of workspace.problems) {
    warn(`${path.join(folder, problem.path)}:${problem.line}:${problem.column}: ${problem.message}`);
  }
  return new Library([...embedded.documents, ...workspace.documents]);
}
