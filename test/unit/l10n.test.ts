// Every string the extension shows at run time is translated; the shared core's messages are in
// one catalogue, src/core/l10n/messages.ts, in English and Chinese (checked below for both).
// The extension's own: each `vscode.l10n.t(…)` message in
// src/ has its Chinese in l10n/bundle.l10n.zh-cn.json, with the same {0} placeholders, and the
// bundle holds no message the source no longer uses. The contributions' %key% strings
// (package.nls.json / package.nls.zh-cn.json) get the same check. Reads the sources with the
// TypeScript parser, so a call split over lines or written `l10n.t({ message, comment })` counts.

import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { languageOfLocale, localized, setMessageLanguage } from '../../src/core/l10n/localized';
import { MESSAGES } from '../../src/core/l10n/messages';
import { parseTagExpression } from '../../src/core/analysis/tagExpression';
import { parseAttributeAssignments } from '../../src/core/documents/documentAttributes';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const SOURCE_DIR = path.join(REPO_ROOT, 'src');
const BUNDLE_FILE = path.join(REPO_ROOT, 'l10n', 'bundle.l10n.zh-cn.json');

/** A place in the sources, as `src/…/file.ts:line`. */
interface Site {
  readonly file: string;
  readonly line: number;
}

interface Scan {
  /** Bundle key (the message, or `message/comment` when a comment is given) → the message and where it is used. */
  readonly messages: Map<string, { readonly message: string; readonly sites: Site[] }>;
  /** Calls whose message is not a string literal, so no bundle can be checked for them. */
  readonly dynamic: string[];
  /** showInformationMessage('…') and the like, with text that bypasses vscode.l10n.t. */
  readonly raw: string[];
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => path.join(folder, name))
    .sort();
}

/** The text of a string literal or a template without substitutions; undefined for anything else. */
function literalText(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/** `vscode.l10n.t(…)`, or `l10n.t(…)` after `import { l10n } from 'vscode'`. */
function isL10nCall(node: ts.CallExpression): boolean {
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 't') {
    return false;
  }
  const owner = callee.expression;
  return (ts.isIdentifier(owner) && owner.text === 'l10n') || (ts.isPropertyAccessExpression(owner) && owner.name.text === 'l10n');
}

const MESSAGE_FUNCTIONS = new Set(['showInformationMessage', 'showWarningMessage', 'showErrorMessage', 'setStatusBarMessage']);

/** `window.showErrorMessage('…')`: a user-facing message written as a literal. */
function isRawMessage(node: ts.CallExpression): boolean {
  const callee = node.expression;
  return ts.isPropertyAccessExpression(callee) && MESSAGE_FUNCTIONS.has(callee.name.text) && literalText(node.arguments[0]) !== undefined;
}

/**
 * The bundle key of `l10n.t(message, …)` or `l10n.t({ message, args, comment })`: VS Code looks a
 * message with a comment up as `message/comment` (the comment's lines joined).
 */
function bundleKey(call: ts.CallExpression): { readonly key: string; readonly message: string } | undefined {
  const [first] = call.arguments;
  const plain = literalText(first);
  if (plain !== undefined) {
    return { key: plain, message: plain };
  }
  if (!first || !ts.isObjectLiteralExpression(first)) {
    return undefined;
  }
  const property = (name: string) =>
    first.properties.find((candidate): candidate is ts.PropertyAssignment => ts.isPropertyAssignment(candidate) && candidate.name.getText() === name)?.initializer;
  const message = literalText(property('message'));
  const comment = property('comment');
  if (message === undefined) {
    return undefined;
  }
  if (!comment) {
    return { key: message, message };
  }
  const lines = ts.isArrayLiteralExpression(comment) ? comment.elements.map(literalText) : [literalText(comment)];
  return lines.every((line) => line !== undefined) ? { key: `${message}/${lines.join('')}`, message } : undefined;
}

function scanSources(): Scan {
  const scan: Scan = { messages: new Map(), dynamic: [], raw: [] };
  for (const file of sourceFiles(SOURCE_DIR)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node): Site => ({ file: path.relative(REPO_ROOT, file), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const site = where(node);
        if (isL10nCall(node)) {
          const found = bundleKey(node);
          if (found === undefined) {
            scan.dynamic.push(`${site.file}:${site.line}: ${node.getText().slice(0, 80)}`);
          } else {
            const known = scan.messages.get(found.key);
            scan.messages.set(found.key, { message: found.message, sites: [...(known?.sites ?? []), site] });
          }
        } else if (isRawMessage(node)) {
          scan.raw.push(`${site.file}:${site.line}: ${node.getText().slice(0, 80)}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return scan;
}

function readJsonObject(file: string): Record<string, unknown> {
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  assert.ok(typeof value === 'object' && value !== null && !Array.isArray(value), `${file} is not a JSON object`);
  return value as Record<string, unknown>;
}

/** The {0}, {1}… a message uses, sorted, each once. */
function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();
}

/** Translations that are empty, not strings, or drop or add a placeholder. */
function badTranslations(translations: Record<string, unknown>, source: (key: string) => string): string[] {
  return Object.entries(translations).flatMap(([key, value]) => {
    if (typeof value !== 'string' || value.trim() === '') {
      return [`${JSON.stringify(key)}: not a translation (${JSON.stringify(value)})`];
    }
    const want = placeholders(source(key));
    const have = placeholders(value);
    return want.join() === have.join() ? [] : [`${JSON.stringify(key)}: placeholders ${want.join(' ') || 'none'} in English, ${have.join(' ') || 'none'} in ${JSON.stringify(value)}`];
  });
}

/** Every string literal in the sources (but the catalogue itself), with where it is: how catalogue keys are used. */
function stringLiterals(except: string): Map<string, Site[]> {
  const found = new Map<string, Site[]>();
  for (const file of sourceFiles(SOURCE_DIR).filter((name) => name !== except)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const text = literalText(node);
      if (text !== undefined) {
        const site = { file: path.relative(REPO_ROOT, file), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 };
        found.set(text, [...(found.get(text) ?? []), site]);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('localisation of the core: src/core/l10n/messages.ts', () => {
  const catalogueFile = path.join(SOURCE_DIR, 'core', 'l10n', 'messages.ts');
  const literals = stringLiterals(catalogueFile);

  it('every message has its English and its Chinese, with the same placeholders', () => {
    const bad = Object.entries(MESSAGES).flatMap(([key, { en, zh }]) => {
      if (en.trim() === '' || zh.trim() === '') {
        return [`${key}: empty in ${en.trim() === '' ? 'English' : 'Chinese'}`];
      }
      return placeholders(en).join() === placeholders(zh).join() ? [] : [`${key}: placeholders ${placeholders(en).join(' ') || 'none'} in English, ${placeholders(zh).join(' ') || 'none'} in Chinese`];
    });
    assert.deepEqual(bad, [], bad.join('\n'));
  });

  it('every message is used, and every key a source names is in the catalogue', () => {
    const stale = Object.keys(MESSAGES).filter((key) => !literals.has(key));
    assert.deepEqual(stale, [], `${stale.length} message(s) no source uses:\n${stale.join('\n')}`);
    // Keys look like `problem.unknownTag`: a literal of that shape under a catalogue prefix must be a key.
    const prefixes = new Set(Object.keys(MESSAGES).map((key) => key.split('.')[0]));
    const missing = [...literals].filter(([text]) => /^[a-z]+\.[a-zA-Z.]+$/.test(text) && prefixes.has(text.split('.')[0]) && !(text in MESSAGES));
    assert.deepEqual(missing.map(([text, sites]) => `${text} (${sites.map((site) => `${site.file}:${site.line}`).join(', ')})`), []);
  });

  it('speaks Chinese when told to, and English again after', () => {
    try {
      setMessageLanguage('zh');
      assert.equal(localized('problem.unknownTag', 'ghost'), '未知标签“ghost”：代码本中没有此标签');
      assert.equal(localized('problem.noProvision', 'x', 99, '1–24'), 'x 没有第 99 条（共 1–24 条）');
      // The core's refusals of what a person typed, which the editor and the command line show as they are.
      assert.throws(() => parseTagExpression('(privacy AND security'), { message: '这个括号没有闭合' });
      assert.throws(() => parseAttributeAssignments(['x']), { message: '“x”不是 name=value 的形式' });
    } finally {
      setMessageLanguage('en');
    }
    assert.equal(localized('problem.unknownTag', 'ghost'), 'unknown tag "ghost": it is not in the codebook');
    assert.deepEqual(['zh_CN.UTF-8', 'zh-cn', 'zh', 'ZH_TW', 'en_US.UTF-8', 'C', undefined, 'zhx'].map(languageOfLocale), ['zh', 'zh', 'zh', 'zh', 'en', 'en', 'en', 'en']);
  });
});

describe('localisation', () => {
  const scan = scanSources();
  const bundle = readJsonObject(BUNDLE_FILE);

  it('finds the vscode.l10n.t messages of the sources', () => {
    // A guard for the scan itself: far fewer would mean it stopped seeing calls.
    assert.ok(scan.messages.size > 100, `only ${scan.messages.size} messages found in src/`);
    assert.ok(scan.messages.has('Open Side by Side'));
  });

  it('every vscode.l10n.t message has a literal text, so that it can be translated', () => {
    assert.deepEqual(scan.dynamic, [], `calls whose message is not a string literal:\n${scan.dynamic.join('\n')}`);
  });

  it('every message is in l10n/bundle.l10n.zh-cn.json', () => {
    const missing = [...scan.messages]
      .filter(([key]) => !(key in bundle))
      .map(([key, { sites }]) => `${JSON.stringify(key)} (${sites.map((site) => `${site.file}:${site.line}`).join(', ')})`);
    assert.deepEqual(missing, [], `${missing.length} message(s) without Chinese in l10n/bundle.l10n.zh-cn.json:\n${missing.join('\n')}`);
  });

  it('the bundle holds no message the sources no longer use', () => {
    const stale = Object.keys(bundle).filter((key) => !scan.messages.has(key));
    assert.deepEqual(stale, [], `${stale.length} stale message(s) in l10n/bundle.l10n.zh-cn.json:\n${stale.map((key) => JSON.stringify(key)).join('\n')}`);
  });

  it('every translation is a non-empty string with the same placeholders as its message', () => {
    // A key with a comment is `message/comment`; its placeholders are the message's.
    const bad = badTranslations(bundle, (key) => scan.messages.get(key)?.message ?? key);
    assert.deepEqual(bad, [], bad.join('\n'));
  });

  it('no message box shows a literal that bypasses vscode.l10n.t', () => {
    assert.deepEqual(scan.raw, [], `untranslated messages:\n${scan.raw.join('\n')}`);
  });

  it('package.nls.zh-cn.json translates exactly the keys of package.nls.json, keeping their placeholders', () => {
    const english = readJsonObject(path.join(REPO_ROOT, 'package.nls.json'));
    const chinese = readJsonObject(path.join(REPO_ROOT, 'package.nls.zh-cn.json'));
    const missing = Object.keys(english).filter((key) => !(key in chinese));
    const stale = Object.keys(chinese).filter((key) => !(key in english));
    assert.deepEqual({ missing, stale }, { missing: [], stale: [] });
    const bad = badTranslations(chinese, (key) => String(english[key]));
    assert.deepEqual(bad, [], bad.join('\n'));
  });
});
