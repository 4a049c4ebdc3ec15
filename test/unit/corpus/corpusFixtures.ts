import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { PolicyDocument } from '../../../src/core/model';
import { parseDocument } from '../../../src/core/parse/parseDocument';
import { DOCUMENTS_DIR, parseFixture } from '../helpers/fixtures';
import { eCommerceLaw, pipl } from '../helpers/laws';

const parsed = new Map<string, PolicyDocument>();

/** A fixture law parsed once, its id made from its file name. */
function law(fileName: string): PolicyDocument {
  let document = parsed.get(fileName);
  if (!document) {
    document = parseFixture(fileName).document;
    parsed.set(fileName, document);
  }
  return document;
}

/** Five laws: two versions of one (renumbered, no `revises:`), and one citing another (反电信网络诈骗法 → 个人信息保护法). */
export function corpusLaws(): PolicyDocument[] {
  return [pipl(), eCommerceLaw(), law('anti-telecom-fraud-law-2022.zh.md'), law('wildlife-protection-law-2018.zh.md'), law('wildlife-protection-law-2022.zh.md')];
}

/** test/fixtures/corpus-words/: six more real laws, for the words feature's recorded outputs. */
export const WORDS_FIXTURES = path.join(DOCUMENTS_DIR, '..', 'corpus-words');

/** The laws of WORDS_FIXTURES, in the order of their file names, each id its file's name. */
export function wordsLaws(): PolicyDocument[] {
  return readdirSync(WORDS_FIXTURES)
    .filter((name) => name.endsWith('.zh.md'))
    .sort()
    .map((name) => parseDocument({ id: name.replace(/\..*$/, ''), chinese: readFileSync(path.join(WORDS_FIXTURES, name), 'utf8') }).document);
}
