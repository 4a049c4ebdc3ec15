import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystem } from '../src/platform/nodeFileSystem';
import { AddDocumentError, planAddition, writeAddition } from '../src/core/documents/addDocument';
import { generatedLaws, markdownFiles } from './lawCorpus';

/** The number of laws the corpus targets are set for. */
export const WORKSPACE_LAWS = 1_500;

/** Where the public LawRefBook/Laws corpus is on the bench machine; POLICY_BENCH_LAWS names another checkout. */
const DEFAULT_CORPUS = '/work/corpus/Laws';

export interface LawWorkspace {
  /** The ids of the documents added, in the order they were added. */
  readonly ids: readonly string[];
  /** The bytes of their source texts. */
  readonly sourceBytes: number;
  /** What the laws are: the corpus folder, or the generated laws. */
  readonly origin: string;
}

/**
 * A workspace holding `count` laws under policy-documents/, written in one process through the
 * core's add path (what `policy-annotator add` does for each file): real laws drawn evenly from
 * every category of the corpus when it is on the machine, else real-law-like generated texts.
 * A text the parser refuses is passed over, as `add` would refuse it.
 */
export async function writeLawWorkspace(folder: string, benchDir: string, count = WORKSPACE_LAWS): Promise<LawWorkspace> {
  const corpus = process.env.POLICY_BENCH_LAWS ?? DEFAULT_CORPUS;
  const fromCorpus = existsSync(corpus);
  const sources = fromCorpus ? evenlyFirst(markdownFiles(corpus), count).map((file) => ({ name: path.basename(file), bytes: readFileSync(file) })) : generatedSources(benchDir, count);
  const fs = new NodeFileSystem(folder);
  const taken = new Set<string>();
  let sourceBytes = 0;
  for (const source of sources) {
    if (taken.size === count) {
      break;
    }
    try {
      // Chinese file names give no id: the id is the law's ordinal, as a user would choose one.
      const plan = planAddition({ chinese: source, id: `law-${taken.size + 1}`, taken });
      await writeAddition(fs, plan);
      taken.add(plan.record.id);
      sourceBytes += source.bytes.length;
    } catch (thrown) {
      if (!(thrown instanceof AddDocumentError)) {
        throw thrown;
      }
    }
  }
  return { ids: [...taken], sourceBytes, origin: fromCorpus ? `real laws from ${corpus}` : 'generated real-law-like texts' };
}

/**
 * `wanted` items spread over the whole list (every category of a corpus sorted by folder), then the
 * others, which stand in for those the parser refuses.
 */
function evenlyFirst<T>(items: readonly T[], wanted: number): T[] {
  const chosen = new Set(Array.from({ length: Math.min(wanted, items.length) }, (_, index) => items[Math.floor((index * items.length) / Math.min(wanted, items.length))]));
  return [...chosen, ...items.filter((item) => !chosen.has(item))];
}

function generatedSources(benchDir: string, count: number): { name: string; bytes: Uint8Array }[] {
  const encoder = new TextEncoder();
  return generatedLaws(benchDir, count).map((text, index) => ({ name: `law-${index + 1}.md`, bytes: encoder.encode(text) }));
}
