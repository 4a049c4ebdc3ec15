import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { PolicyDocument } from '../src/core/model';
import { parseDocument } from '../src/core/parse/parseDocument';

/**
 * 1,400 laws, regulations and judicial interpretations of the public LawRefBook/Laws corpus (commit
 * 2f4c5c2, Markdown as published; see bench/fixtures/README.md), for search at the scale of a real
 * corpus: what users bring is mostly Chinese, thousands of characters per law.
 */
const FIXTURE = 'lawrefbook-1400.md.br';
const SEPARATOR = '\n\u0000\n';

export function loadLawCorpus(benchDir: string): PolicyDocument[] {
  const markdown = brotliDecompressSync(readFileSync(path.join(benchDir, 'fixtures', FIXTURE))).toString('utf8');
  return markdown
    .trim()
    .split(SEPARATOR)
    .map((law, index) => lawDocument(law, `law-${index + 1}`))
    .filter((document): document is PolicyDocument => document !== undefined);
}

/** One law through the importer's parser; a text it finds no structure in is left out, as `add` would refuse it. */
function lawDocument(markdown: string, id: string): PolicyDocument | undefined {
  try {
    return parseDocument({ id, chinese: markdown }).document;
  } catch {
    return undefined;
  }
}
