import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ParsedDocument, parseDocument } from '../../../src/core/parse/parseDocument';

/** `test/fixtures/documents/`, found above the compiled test (out/test/unit/…) or its source. */
function documentsDir(): string {
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'test', 'fixtures', 'documents');
    if (existsSync(candidate)) {
      return candidate;
    }
  }
  throw new Error(`no test/fixtures/documents above ${__dirname}`);
}

export const DOCUMENTS_DIR = documentsDir();

export function fixturePath(fileName: string): string {
  return path.join(DOCUMENTS_DIR, fileName);
}

export function fixtureText(fileName: string): string {
  return readFileSync(fixturePath(fileName), 'utf8');
}

/** Parses fixture files under an id made from the first file's name. */
export function parseFixture(chinese: string, english?: string): ParsedDocument {
  return parseDocument({
    id: chinese.replace(/\..*$/, ''),
    chinese: fixtureText(chinese),
    ...(english ? { english: fixtureText(english) } : {}),
  });
}
