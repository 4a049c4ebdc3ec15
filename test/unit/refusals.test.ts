// Every command refuses one way (issue #27): it resolves with `{ ok: false, reason }` and the reason is
// shown by `refused()` in src/vscode/commands/result.ts. A second helper that shows an error and
// returns something else (undefined, a throw) made callers and tests guess what "nothing done" looks
// like. This reads the extension's source with the TypeScript parser and fails on such a helper.

import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const THE_REFUSAL = 'src/vscode/commands/result.ts';

function extensionSources(): string[] {
  return readdirSync(path.join(REPO_ROOT, 'src/vscode'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => `src/vscode/${name.split(path.sep).join('/')}`)
    .sort();
}

/** Where a file shows an error message or declares a function named `failed`, as "file:line what". */
function otherRefusals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(REPO_ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node, what: string): void => {
    found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${what}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'showErrorMessage') {
      at(node, 'showErrorMessage');
    }
    if ((ts.isFunctionDeclaration(node) || ts.isVariableDeclaration(node) || ts.isMethodDeclaration(node)) && node.name && ts.isIdentifier(node.name) && node.name.text === 'failed') {
      at(node, 'a function named failed');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('commands refuse one way', () => {
  it('shows error messages only through refused() in commands/result.ts', () => {
    const elsewhere = extensionSources()
      .filter((file) => file !== THE_REFUSAL)
      .flatMap(otherRefusals);
    assert.deepEqual(elsewhere, [], 'show a refusal with refused() and resolve with the Refused it returns');
  });

  it('finds the one place that does show them (so the scan above reads what it should)', () => {
    assert.deepEqual(
      otherRefusals(THE_REFUSAL).map((hit) => hit.replace(/:\d+ /, ' ')),
      [`${THE_REFUSAL} showErrorMessage`],
    );
  });
});
