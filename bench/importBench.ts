import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { NodeFileSystem } from '../src/platform/nodeFileSystem';
import { FileToImport, importDocuments } from '../src/core/documents/importDocuments';
import { EncodingError, decodeSource } from '../src/core/parse/decode';
import { parseDocument } from '../src/core/parse/parseDocument';
import { NODE_FORMAT_READERS } from '../src/platform/nodeFormatReaders';
import { Figure } from './measure';

// The LawRefBook checkout the issue names: its national texts, the provinces' (DLC) left out.
const CORPUS = '/work/corpus/Laws';
const TARGET_MS = 120_000;

/**
 * Adding a corpus of ~1,500 real laws in one run (the command line's `add <folders> --recursive`,
 * through importDocuments, writing every folder), beside its floor: reading and parsing the same
 * files in one process, writing nothing. Skipped when the corpus is absent.
 */
export async function benchImport(): Promise<Figure[]> {
  if (!existsSync(CORPUS)) {
    return [];
  }
  const files = readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'DLC' && entry.name !== 'scripts' && !entry.name.startsWith('.'))
    .flatMap((entry) => markdownUnder(path.join(CORPUS, entry.name)))
    .sort();
  const floorStart = performance.now();
  for (const file of files) {
    try {
      parseDocument({ id: 'document', chinese: decodeSource(readFileSync(file)).text });
    } catch (thrown) {
      // The floor parses what it can, as the import does: a refused text costs its reading only.
      if (!(thrown instanceof Error) || thrown instanceof EncodingError) {
        throw thrown;
      }
    }
  }
  const floor = performance.now() - floorStart;
  const workspace = mkdtempSync(path.join(tmpdir(), 'policy-import-bench-'));
  try {
    const toImport: FileToImport[] = files.map((file) => ({ path: file, name: path.basename(file), read: async () => readFileSync(file) }));
    const start = performance.now();
    const summary = await importDocuments(new NodeFileSystem(workspace), toImport, { readers: NODE_FORMAT_READERS, reserved: new Set() });
    const value = performance.now() - start;
    return [
      {
        name: `add a LawRefBook checkout (${files.length} national texts, ${summary.added.length} added, ${summary.refused.length} refused)`,
        value,
        unit: 'ms',
        floor: { name: 'read and parse the same files in one process', value: floor },
        target: '< 2 min',
        met: value < TARGET_MS,
      },
    ];
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

function markdownUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? markdownUnder(full) : entry.name.endsWith('.md') ? [full] : [];
  });
}
