import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { findSeedsDir } from '../../../src/cli/seeds';
import { Library } from '../../../src/core/library';
import { PolicyDocument } from '../../../src/core/model';
import { DocumentMetadata, parseOpinions } from '../../../src/core/parse/seedParser';

export const SEEDS_DIR = findSeedsDir(__dirname);

export function readSeed(fileName: string): string {
  return readFileSync(path.join(SEEDS_DIR, fileName), 'utf8');
}

let cached: PolicyDocument | undefined;

/** The Opinions parsed from the shipped seed, once per test run. */
export function opinions(): PolicyDocument {
  if (!cached) {
    const metadata = JSON.parse(readSeed('mobile-internet-opinions-2017.json')) as DocumentMetadata & { source: string };
    cached = parseOpinions(readSeed(metadata.source), metadata);
  }
  return cached;
}

export function opinionsLibrary(): Library {
  return new Library([opinions()]);
}
