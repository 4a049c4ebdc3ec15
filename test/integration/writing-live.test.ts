// Live references in drafts: hover, links, Go to Definition, diagnostics and completion, in a real VS Code.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { headingLine, policyApi, policyEditor, waitFor } from './readingHelpers';
import { LINK_15, closeDrafts, completionLabel, hoverText, openDraft, positionOf } from './writingHelpers';

const LINK_25 = '[Mobile Internet Opinions ¶25](policy-annotator:/mobile-internet-opinions-2017/25)';
const HEADING_15 = '15. Safeguarding users’ lawful rights and interest';

/** The reference completions offered at the end of the draft after typing `trigger`. */
async function referenceCompletions(editor: vscode.TextEditor, trigger: string): Promise<vscode.CompletionItem[]> {
  const end = editor.document.positionAt(editor.document.getText().length);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, end, trigger);
  return list.items.filter((item) => item.kind === vscode.CompletionItemKind.Reference && completionLabel(item).startsWith('¶'));
}

function provision15(items: readonly vscode.CompletionItem[]): vscode.CompletionItem {
  const item = items.find((candidate) => completionLabel(candidate).startsWith('¶15 '));
  assert.ok(item, 'no completion for ¶15');
  return item;
}

function insertTextOf(item: vscode.CompletionItem): string {
  return typeof item.insertText === 'string' ? item.insertText : (item.insertText?.value ?? '');
}

describe('writing: live references in drafts', function () {
  this.timeout(60_000);

  before(async () => {
    await policyApi();
  });
  afterEach(closeDrafts);

  it('hovering a reference shows provision 15 in both languages, untrusted', async () => {
    const editor = await openDraft('md', `As ${LINK_15} says.\n`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'Internet'));
    const text = hoverText(hovers).replace(/\\/g, '');
    const provision = await (await policyApi()).getProvision(undefined, 15);
    assert.ok(provision);
    assert.ok(text.includes('Mobile Internet Opinions ¶15 · Safeguarding users’ lawful rights and interest'), text);
    assert.ok(text.includes('移动互联网意见第十五条 · 维护用户合法权益'), text);
    assert.ok(text.includes(provision.text.en.slice(0, 60)), text);
    assert.ok(text.includes(provision.text.zh.slice(0, 20)), text);
    for (const content of hovers.flatMap((hover) => hover.contents)) {
      assert.ok(typeof content === 'string' || !(content instanceof vscode.MarkdownString) || !content.isTrusted, 'a hover section is trusted');
    }
  });

  it('links the reference to the side-by-side view at provision 15, and following it opens it there', async () => {
    const editor = await openDraft('md', `See ${LINK_15}.\n`);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', editor.document.uri);
    const ours = links.filter((link) => link.target?.scheme === 'command');
    const described = links.map((link) => `${editor.document.getText(link.range)} → ${link.target?.toString(true)}`).join('; ');
    assert.strictEqual(ours.length, 1, described);
    const [link] = ours;
    assert.ok(link.target);
    assert.strictEqual(editor.document.getText(link.range), '[Mobile Internet Opinions ¶15]', described);
    assert.strictEqual(link.target.path, 'policyAnnotator.openSideBySide');
    const args = JSON.parse(decodeURIComponent(link.target.query)) as unknown;
    assert.deepStrictEqual(args, { document: 'mobile-internet-opinions-2017', provision: 15 });

    await vscode.commands.executeCommand(link.target.path, args);
    const english = await waitFor('the English editor', () => policyEditor('en'));
    await waitFor('the Chinese editor', () => policyEditor('zh'));
    assert.strictEqual(english.selection.active.line, headingLine(english.document, 15));
  });

  it('serves the policy-annotator: link that Markdown links itself, as the provision in both languages', async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('policy-annotator:/mobile-internet-opinions-2017/15'));
    assert.ok(document.getText().startsWith('Mobile Internet Opinions ¶15 · Safeguarding users’ lawful rights and interest\n'));
    assert.ok(document.getText().includes('\n移动互联网意见第十五条 · 维护用户合法权益\n'));
  });

  it('Go to Definition on the reference leads to the heading of provision 15 in the policy text', async () => {
    const editor = await openDraft('md', `See ${LINK_15}.\n`);
    const position = positionOf(editor.document, '¶15');
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, position);
    const targets = definitions.map((definition) =>
      'targetUri' in definition ? { uri: definition.targetUri, range: definition.targetSelectionRange ?? definition.targetRange } : definition,
    );
    const policy = targets.filter((target) => target.uri.scheme === 'policy-text');
    assert.strictEqual(policy.length, 1, JSON.stringify(targets));
    const target = await vscode.workspace.openTextDocument(policy[0].uri);
    assert.strictEqual(target.lineAt(policy[0].range.start.line).text, HEADING_15);

    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    const landed = await waitFor('an editor on the policy text', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.scheme === 'policy-text' && active;
    });
    assert.strictEqual(landed.document.lineAt(landed.selection.active.line).text, HEADING_15);
  });

  it('warns about a reference to ¶25, and stops when it is corrected', async () => {
    const editor = await openDraft('md', `See ${LINK_25}.\n`);
    const { uri } = editor.document;
    const [diagnostic] = await waitFor('a diagnostic on ¶25', () => {
      const found = vscode.languages.getDiagnostics(uri).filter((candidate) => candidate.source === 'Policy Annotator');
      return found.length > 0 && found;
    });
    assert.strictEqual(diagnostic.message, 'Mobile Internet Opinions has no provision 25 (it has 1–24)');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(editor.document.getText(diagnostic.range), LINK_25);

    const at = editor.document.getText().indexOf('¶25') + 1;
    await editor.edit((builder) => builder.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 2)), '24'));
    const uriAt = editor.document.getText().indexOf('/25)');
    await editor.edit((builder) => builder.replace(new vscode.Range(editor.document.positionAt(uriAt + 1), editor.document.positionAt(uriAt + 3)), '24'));
    await waitFor('the diagnostic to go', () => vscode.languages.getDiagnostics(uri).every((candidate) => candidate.source !== 'Policy Annotator'));
  });

  it('offers the 24 provisions after ¶, in the default format', async () => {
    const editor = await openDraft('md', 'As argued in ¶');
    const items = await referenceCompletions(editor, '¶');
    assert.strictEqual(items.length, 24);
    const fifteen = provision15(items);
    assert.strictEqual(insertTextOf(fifteen), LINK_15);
    const range = fifteen.range instanceof vscode.Range ? fifteen.range : fifteen.range?.replacing;
    assert.ok(range);
    assert.strictEqual(editor.document.getText(range), '¶', 'the completion replaces the ¶ typed');
  });

  it('completes \\cite{ in LaTeX and [@ in Markdown with their formats', async () => {
    const latex = await openDraft('tex', 'See \\cite{');
    const cites = await referenceCompletions(latex, '{');
    assert.strictEqual(cites.length, 24);
    assert.strictEqual(insertTextOf(provision15(cites)), '\\cite[para.~15]{mobileInternetOpinions2017}');
    const markdown = await openDraft('md', 'As argued [@');
    const pandoc = await referenceCompletions(markdown, '@');
    assert.strictEqual(pandoc.length, 24);
    assert.strictEqual(insertTextOf(provision15(pandoc)), '[@mobileInternetOpinions2017, para. 15]');
  });
});
