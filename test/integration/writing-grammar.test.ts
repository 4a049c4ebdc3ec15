// The injection grammar highlights references in Markdown and LaTeX drafts. VS Code gives
// extensions no tokens, so this tokenizes as the workbench does: with the vscode-textmate and
// vscode-oniguruma it ships, and the grammars (with their injectTo) the installed extensions contribute.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { CHINESE_15, LINK_15 } from './writingHelpers';

const SCOPE = 'markup.underline.link.policy-reference';

// The few parts of vscode-textmate and vscode-oniguruma used here.
interface LineTokens {
  readonly tokens: readonly { readonly startIndex: number; readonly endIndex: number; readonly scopes: readonly string[] }[];
  readonly ruleStack: unknown;
}
interface Grammar {
  tokenizeLine(line: string, state: unknown): LineTokens;
}
interface Registry {
  loadGrammar(scopeName: string): Promise<Grammar | null>;
}
interface TextMate {
  readonly INITIAL: unknown;
  readonly Registry: new (options: {
    onigLib: Promise<unknown>;
    loadGrammar(scopeName: string): Promise<unknown>;
    getInjections(scopeName: string): string[] | undefined;
  }) => Registry;
  parseRawGrammar(content: string, filePath: string): unknown;
}
interface Oniguruma {
  loadWASM(data: ArrayBuffer): Promise<void>;
  readonly OnigScanner: new (patterns: string[]) => unknown;
  readonly OnigString: new (text: string) => unknown;
}
interface GrammarContribution {
  readonly scopeName?: string;
  readonly path?: string;
  readonly injectTo?: readonly string[];
}

/** Every contributed grammar's file by scope, and the grammars injected into each scope. */
function contributedGrammars(): { files: Map<string, string>; injections: Map<string, string[]> } {
  const files = new Map<string, string>();
  const injections = new Map<string, string[]>();
  for (const extension of vscode.extensions.all) {
    const grammars = (extension.packageJSON as { contributes?: { grammars?: GrammarContribution[] } }).contributes?.grammars ?? [];
    for (const grammar of grammars) {
      if (grammar.scopeName && grammar.path) {
        files.set(grammar.scopeName, path.join(extension.extensionPath, grammar.path));
        for (const host of grammar.injectTo ?? []) {
          injections.set(host, [...(injections.get(host) ?? []), grammar.scopeName]);
        }
      }
    }
  }
  return { files, injections };
}

/** Tokenizes text with the grammar of `scopeName` and returns what it scoped as references. */
type Highlighter = (scopeName: string, text: string) => Promise<string[]>;

async function highlighter(): Promise<Highlighter> {
  const modules = path.join(vscode.env.appRoot, 'node_modules');
  const textMate = (await import(path.join(modules, 'vscode-textmate'))) as TextMate;
  const oniguruma = (await import(path.join(modules, 'vscode-oniguruma'))) as Oniguruma;
  const wasm = fs.readFileSync(path.join(modules, 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const { files, injections } = contributedGrammars();
  const registry = new textMate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scope) => {
      const file = files.get(scope);
      return file ? textMate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scope) => injections.get(scope),
  });
  return async (scopeName, text) => {
    const grammar = await registry.loadGrammar(scopeName);
    assert.ok(grammar, `no grammar for ${scopeName}`);
    const found: string[] = [];
    let state = textMate.INITIAL;
    for (const line of text.split('\n')) {
      const { tokens, ruleStack } = grammar.tokenizeLine(line, state);
      found.push(...tokens.filter((token) => token.scopes.includes(SCOPE)).map((token) => line.slice(token.startIndex, token.endIndex)));
      state = ruleStack;
    }
    return found;
  };
}

describe('writing: highlighting references', () => {
  let highlighted: Highlighter;

  before(async () => {
    highlighted = await highlighter();
  });

  it('highlights references in Markdown prose, not in code', async () => {
    const found = await highlighted('text.html.markdown', `See ${LINK_15} and ${CHINESE_15}.\n\n\`Mobile Internet Opinions ¶3\`\n\n- [@mobileInternetOpinions2017, para. 4]\n`);
    assert.deepStrictEqual(found.join('|'), [LINK_15, CHINESE_15, '[@mobileInternetOpinions2017, para. 4]'].join('|'), JSON.stringify(found));
  });

  it('highlights \\cite references in LaTeX, not in comments', async () => {
    const found = await highlighted('text.tex.latex', 'See \\cite[para.~15]{mobileInternetOpinions2017}.\n% Mobile Internet Opinions ¶3\n');
    assert.deepStrictEqual(found.join('|'), '\\cite[para.~15]{mobileInternetOpinions2017}', JSON.stringify(found));
  });
});
