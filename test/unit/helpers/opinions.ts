import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Library } from '../../../src/core/library';
import { PolicyDocument } from '../../../src/core/model';
import { DocumentMetadata, parseOpinions } from '../../../src/core/parse/seedParser';

/** The repository's `seeds/` folder, found upwards from wherever the tests were compiled to. */
export const SEEDS_DIR = findSeeds(__dirname);

function findSeeds(from: string): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'seeds'))) {
      return path.join(dir, 'seeds');
    }
  }
  return path.resolve(process.cwd(), 'seeds');
}

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
