// Writing with the Opinions: inserting references and quotes into drafts, in a real VS Code.

import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Refused } from '../../src/vscode/commands/result';
import { policyApi, waitFor } from './readingHelpers';
import { CHINESE_15, LINK_15, closeDrafts, openDraft } from './writingHelpers';

// What the writing commands resolve with: the text written, a refusal, or nothing when a pick was cancelled.
type Written = string | Refused | undefined;

async function insertReference(args?: object): Promise<Written> {
  return vscode.commands.executeCommand<Written>('policyAnnotator.insertReference', args);
}

async function insertQuote(args?: object): Promise<Written> {
  return vscode.commands.executeCommand<Written>('policyAnnotator.insertQuote', args);
}

describe('writing: inserting references and quotes', function () {
  this.timeout(60_000);

  before(async () => {
    await policyApi();
  });
  afterEach(closeDrafts);
  after(async () => {
    await vscode.workspace.getConfiguration('policyAnnotator.references').update('formats', undefined, vscode.ConfigurationTarget.Global);
  });

  it('inserts provision 15 into a Markdown draft in the default format, byte for byte', async () => {
    const editor = await openDraft('md', 'As the Opinions say (');
    const inserted = await insertReference({ provision: 15 });
    assert.strictEqual(inserted, LINK_15);
    assert.strictEqual(editor.document.getText(), `As the Opinions say (${LINK_15}`);
    await editor.document.save();
    const bytes = await vscode.workspace.fs.readFile(editor.document.uri);
    assert.deepStrictEqual([...bytes], [...new TextEncoder().encode(`As the Opinions say (${LINK_15}`)]);
    // The cursor stays after the reference, so writing goes on.
    assert.strictEqual(editor.document.offsetAt(editor.selection.active), editor.document.getText().length);
  });

  it('asks with a quick pick listing the provisions in order, and inserts the one chosen', async () => {
    const editor = await openDraft('md', '');
    const running = insertReference();
    // The pick lists ¶1 … ¶24 with ¶1 active: move down to ¶15.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (let step = 1; step < 15; step++) {
      await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    }
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.strictEqual(await running, LINK_15);
    assert.strictEqual(editor.document.getText(), LINK_15);
  });

  it('inserts in the format the argument names', async () => {
    const editor = await openDraft('md', '见');
    assert.strictEqual(await insertReference({ document: 'mobile-internet-opinions-2017', provision: 15, format: 'chinese' }), CHINESE_15);
    assert.strictEqual(editor.document.getText(), `见${CHINESE_15}`);
  });

  it('inserts at every cursor in one edit, replacing selections', async () => {
    const editor = await openDraft('txt', 'one \ntwo \nthree XXX\n');
    const { document } = editor;
    const lineEnd = (line: number): vscode.Position => document.lineAt(line).range.end;
    const xxx = document.getText().indexOf('XXX');
    editor.selections = [
      new vscode.Selection(lineEnd(0), lineEnd(0)),
      new vscode.Selection(lineEnd(1), lineEnd(1)),
      new vscode.Selection(document.positionAt(xxx), document.positionAt(xxx + 3)),
    ];
    const version = document.version;
    assert.strictEqual(await insertReference({ provision: 15 }), 'Mobile Internet Opinions ¶15');
    assert.strictEqual(document.getText(), 'one Mobile Internet Opinions ¶15\ntwo Mobile Internet Opinions ¶15\nthree Mobile Internet Opinions ¶15\n');
    assert.strictEqual(document.version, version + 1, 'one edit for all cursors');
    assert.strictEqual(editor.selections.length, 3);
  });

  it('writes LaTeX drafts in the latex format', async () => {
    const editor = await openDraft('tex', 'See ');
    assert.strictEqual(editor.document.languageId, 'latex');
    assert.strictEqual(await insertReference({ provision: 15 }), '\\cite[para.~15]{mobileInternetOpinions2017}');
  });

  it('uses a format from the settings, and keeps the built-ins when a template is broken', async () => {
    const formats = vscode.workspace.getConfiguration('policyAnnotator.references');
    await formats.update('formats', { apa: '{shortTitle.en} ({year}), para. {number}', short: 'broken {nope}' }, vscode.ConfigurationTarget.Global);
    await openDraft('txt', '');
    assert.strictEqual(await insertReference({ provision: 15, format: 'apa' }), 'Mobile Internet Opinions (2017), para. 15');
    assert.strictEqual(await insertReference({ provision: 15, format: 'short' }), 'Mobile Internet Opinions ¶15');
    await formats.update('formats', undefined, vscode.ConfigurationTarget.Global);
  });

  it('refuses an unknown provision, document or format, inserting nothing', async () => {
    const editor = await openDraft('md', 'x');
    const cases: [object, RegExp][] = [
      [{ provision: 25 }, /no provision 25/],
      [{ provision: 15, format: 'apa' }, /"apa"/],
      [{ document: 'nope', provision: 1 }, /"nope"/],
      [{ provision: 'fifteen' }, /"provision"/],
    ];
    for (const [args, reason] of cases) {
      // Every command refuses one way: { ok: false, reason }, the reason saying what was wrong.
      const refused = await insertReference(args);
      assert.ok(typeof refused === 'object' && refused.ok === false, `${JSON.stringify(args)} gave ${JSON.stringify(refused)}`);
      assert.deepStrictEqual(Object.keys(refused).sort(), ['ok', 'reason']);
      assert.match(refused.reason, reason);
    }
    assert.strictEqual(editor.document.getText(), 'x');
  });

  it('quotes provision 15 in Markdown as "> " lines closed by its reference', async () => {
    const editor = await openDraft('md', 'Intro.\n');
    const quote = await insertQuote({ provision: 15, language: 'en' });
    assert.ok(typeof quote === 'string', JSON.stringify(quote));
    const lines = quote.split('\n');
    assert.ok(lines.every((line) => line.startsWith('>')), quote);
    assert.strictEqual(lines[lines.length - 1], `> — ${LINK_15}`);
    assert.match(lines[0], /^> \S/);
    // A blank line sets the quote off from the paragraph before it.
    assert.strictEqual(editor.document.getText(), `Intro.\n\n${quote}\n`);
  });

  it('quotes chosen sentences in both languages', async () => {
    await openDraft('md', '');
    const quote = await insertQuote({ provision: 15, language: 'both', sentences: [1] });
    assert.ok(typeof quote === 'string', JSON.stringify(quote));
    const paragraphs = quote.split('\n>\n');
    assert.strictEqual(paragraphs.length, 3, quote);
    assert.match(paragraphs[1], /^> [\u4e00-\u9fff]/);
  });

  it('copies the sentences selected in a side-by-side editor as a quote', async () => {
    await vscode.commands.executeCommand('policyAnnotator.openSideBySide', { provision: 15 });
    const english = await waitFor('the English editor', () => vscode.window.visibleTextEditors.find((editor) => editor.document.uri.path.endsWith('(English).policy')));
    await vscode.window.showTextDocument(english.document, english.viewColumn);
    const text = english.document.getText();
    const body = text.indexOf('\n', text.indexOf('\n15. ') + 1) + 1;
    const active = await waitFor('the English editor to be active', () => vscode.window.activeTextEditor?.document === english.document && vscode.window.activeTextEditor);
    active.selection = new vscode.Selection(english.document.positionAt(body + 2), english.document.positionAt(body + 5));
    const quote = await insertQuote();
    assert.ok(typeof quote === 'string', `no quote was copied: ${JSON.stringify(quote)}`);
    assert.match(quote, /^> \S/);
    assert.ok(quote.endsWith(`> — ${LINK_15}`), quote);
    assert.strictEqual(quote.split('\n>\n').length, 2, 'one sentence and the reference');
    assert.strictEqual(await vscode.env.clipboard.readText(), quote);
  });
});
