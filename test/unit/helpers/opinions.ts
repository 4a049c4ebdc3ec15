import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { findSeedsDir } from '../../../src/cli/seeds';
import { Library, completeDocument } from '../../../src/core/library';
import { PolicyDocument } from '../../../src/core/model';
import { DocumentFacts, parseDocument } from '../../../src/core/parse/parseDocument';

export const SEEDS_DIR = findSeedsDir(__dirname);

export function readSeed(fileName: string): string {
  return readFileSync(path.join(SEEDS_DIR, fileName), 'utf8');
}

let cached: PolicyDocument | undefined;

/** The Opinions parsed from the shipped seed, once per test run. */
export function opinions(): PolicyDocument {
  if (!cached) {
    const { id, source, ...facts } = JSON.parse(readSeed('mobile-internet-opinions-2017.json')) as DocumentFacts & { id: string; source: string };
    cached = completeDocument(parseDocument({ id, chinese: readSeed(source), facts }));
  }
  return cached;
}

export function opinionsLibrary(): Library {
  return new Library([opinions()]);
}
