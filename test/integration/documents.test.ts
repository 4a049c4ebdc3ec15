// Your own documents in a real VS Code: Add Document with an argument object, then the tree, the
// side-by-side editors, tagging, references and search on it; removed afterwards, its notes with it.

import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { parseChineseNumeral, toChineseNumeral } from '../../src/core/references/chineseNumerals';
import type { PolicyAnnotatorApi } from '../../src/vscode/api';
import { AUTHOR, SpanValue, readText, run, startAnnotating, stopAnnotating, workspaceUri, removeDocuments } from './annotationsHelpers';
import { closeAllEditors, policyApi, policyEditor, waitFor } from './readingHelpers';
import { closeDrafts, hoverText, openDraft, positionOf } from './writingHelpers';

const ID = 'pipl-2021';
// test/fixtures/documents, from out/test/integration.
const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'documents');
const NOTES_FILE = `policy-notes/${ID}/li-wei.yaml`;

interface Added {
  readonly ok: boolean;
  readonly reason?: string;
  readonly id?: string;
  readonly provisions?: number;
  readonly aligned?: number;
}

describe('documents: a law added to the workspace works everywhere', function () {
  this.timeout(90_000);
  let api: PolicyAnnotatorApi;
  let codebook: string | undefined;

  before(async () => {
    api = await policyApi();
    ({ codebook } = await startAnnotating(api));
  });
  after(async () => {
    await closeDrafts();
    await removeDocuments([ID]);
    await stopAnnotating(api, codebook);
  });

  it('search, asked before the law comes, knows nothing of it', async () => {
    // The index is built now, so that the law is added to it rather than indexed with the rest.
    const results = await api.searchProvisions('标准合同');
    assert.ok(!results.some((result) => result.document === ID));
  });

  it('Add Document with { chinese, english, id } writes policy-documents/<id>/ and pairs all 74 articles', async () => {
    const added = (await vscode.commands.executeCommand<Added>('policyAnnotator.addDocument', {
      chinese: path.join(FIXTURES, 'pipl-2021.zh.md'),
      english: path.join(FIXTURES, 'pipl-2021.en.md'),
      id: ID,
    })) as Added;
    assert.ok(added?.ok, added?.reason);
    assert.strictEqual(added.id, ID);
    assert.strictEqual(added.provisions, 74);
    assert.strictEqual(added.aligned, 74);
    const yaml = await readText(`policy-documents/${ID}/document.yaml`);
    assert.match(yaml ?? '', /\nid: pipl-2021\nfiles:\n  chinese: pipl-2021\.zh\.md\n  english: pipl-2021\.en\.md\n/);
    const documents = await api.getDocuments();
    assert.deepStrictEqual(documents.map((document) => document.id), ['mobile-internet-opinions-2017', ID]);
  });

  it('shows it in the Provisions tree: document → chapters → sections → articles', async () => {
    const root = await api.describeProvisionTree();
    assert.deepStrictEqual(root.children.map((child) => child.id), ['mobile-internet-opinions-2017', ID]);
    const document = await api.describeProvisionTree(ID);
    assert.strictEqual(document.children.length, 8);
    assert.strictEqual(document.children[0].label, 'Chapter I General Provisions');
    const chapter2 = await api.describeProvisionTree(`${ID}/chapter-2`);
    assert.deepStrictEqual(chapter2.children.map((child) => child.id), [1, 2, 3].map((n) => `${ID}/chapter-2/section-${n}`));
    const article38 = await api.describeProvisionTree(`${ID}#38`);
    assert.strictEqual(article38.node?.label, 'Article 38');
    assert.strictEqual(article38.node?.parent, `${ID}/chapter-3`);
  });

  it('opens side by side at article 38, both languages', async () => {
    await api.openSideBySide({ document: ID, provision: 38 });
    const en = await waitFor('the English editor', () => policyEditor('en'));
    const zh = await waitFor('the Chinese editor', () => policyEditor('zh'));
    for (const [editor, heading, text] of [
      [en, 'Article 38', 'A personal information processor that truly needs to provide personal information'],
      [zh, '第三十八条', '个人信息处理者因业务等需要，确需向中华人民共和国境外提供个人信息的'],
    ] as const) {
      const lines = editor.document.getText().split('\n');
      const line = lines.indexOf(heading);
      assert.ok(line >= 0, `${heading} is a heading of ${editor.document.uri.toString()}`);
      assert.ok(lines[line + 1].startsWith(text));
      await waitFor(`${heading} to be in view`, () => editor.visibleRanges.some((range) => range.start.line <= line + 1 && line <= range.end.line));
    }
    await closeAllEditors();
  });

  it('Tag Provision writes policy-notes/<id>/<coder>.yaml', async () => {
    const outcome = await run<SpanValue>('tagProvision', { document: ID, provision: 38, tags: ['privacy'] });
    assert.ok(outcome?.ok, outcome?.reason);
    assert.deepStrictEqual(outcome.written, [NOTES_FILE]);
    const text = await readText(NOTES_FILE);
    assert.match(text ?? '', new RegExp(`\\ndocument: ${ID}\\nauthor: ${AUTHOR}\\nannotations:\\n  - id: ${outcome.value?.id}\\n    provision: 38\\n    tags: \\[privacy\\]\\n`));
    await vscode.workspace.fs.stat(workspaceUri(NOTES_FILE));
  });

  it('Insert Reference writes a reference to its article', async () => {
    const editor = await openDraft('md', 'See ');
    const inserted = await vscode.commands.executeCommand<string>('policyAnnotator.insertReference', { document: ID, provision: 38, format: 'chinese' });
    assert.strictEqual(inserted, '《中华人民共和国个人信息保护法》第三十八条');
    assert.strictEqual(editor.document.getText(), `See ${inserted}`);
    await closeDrafts();
  });

  it('Insert Reference cites the law by article in every format: short, pandoc, latex', async () => {
    const editor = await openDraft('md', '');
    const expected: Record<string, string> = {
      short: 'Personal Information Protection Law, Art. 38',
      markdownLink: `[Personal Information Protection Law, Art. 38](policy-annotator:/${ID}/38)`,
      pandoc: '[@personalInformationProtectionLaw2021, art. 38]',
      latex: '\\cite[art.~38]{personalInformationProtectionLaw2021}',
    };
    for (const [format, reference] of Object.entries(expected)) {
      assert.strictEqual(await vscode.commands.executeCommand<string>('policyAnnotator.insertReference', { document: ID, provision: 38, format }), reference);
    }
    assert.strictEqual(editor.document.getText(), Object.values(expected).join(''));
    await closeDrafts();
  });

  it('recognises its references in a draft: hover, link, and the diagnostic for an article it does not have', async () => {
    const editor = await openDraft('md', 'See Personal Information Protection Law, Art. 38 and 《个人信息保护法》第七十五条.\n');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'Protection'));
    assert.match(hoverText(hovers), /个人信息处理者因业务等需要/);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', editor.document.uri);
    assert.deepStrictEqual(links.map((link) => editor.document.getText(link.range)), ['Personal Information Protection Law, Art. 38']);
    const uri = editor.document.uri;
    const diagnostics = await waitFor('the diagnostic on 第七十五条', () => {
      const found = vscode.languages.getDiagnostics(uri).filter((candidate) => candidate.source === 'Policy Annotator');
      return found.length > 0 ? found : undefined;
    });
    assert.deepStrictEqual(diagnostics.map((diagnostic) => editor.document.getText(diagnostic.range)), ['《个人信息保护法》第七十五条']);
    await closeDrafts();
  });

  it('Copy Bibliography Entry puts its biblatex entry on the clipboard; Export Bibliography writes every document as CSL-JSON', async () => {
    await vscode.env.clipboard.writeText('');
    const entry = await vscode.commands.executeCommand<string>('policyAnnotator.copyBibliographyEntry', { document: ID, format: 'biblatex' });
    const clipboard = await vscode.env.clipboard.readText();
    assert.strictEqual(clipboard, entry);
    assert.match(clipboard, /^@legislation\{personalInformationProtectionLaw2021,\n  title = \{\{Personal Information Protection Law of the People's Republic of China\}\},\n/);
    assert.match(clipboard, /\n  origtitle = \{\{中华人民共和国个人信息保护法\}\},\n/);
    const target = await vscode.commands.executeCommand<vscode.Uri>('policyAnnotator.exportBibliography', { format: 'csl-json', target: 'drafts/bibliography.json' });
    const items = JSON.parse((await readText('drafts/bibliography.json')) ?? '[]') as { id: string; type: string }[];
    assert.deepStrictEqual(items.map((item) => [item.id, item.type]), [['mobileInternetOpinions2017', 'regulation'], ['personalInformationProtectionLaw2021', 'legislation']]);
    await vscode.workspace.fs.delete(target);
  });

  it('Copy Bibliography Entry from the palette asks for the document among all of the library, then the format', async () => {
    const documents = await api.getDocuments();
    assert.ok(documents.length > 1, 'the Opinions and the law: the pick is shown');
    const running = vscode.commands.executeCommand<string>('policyAnnotator.copyBibliographyEntry');
    // The document pick lists the library in order, the first active: move down to the law.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (let step = 0; step < documents.findIndex((document) => document.id === ID); step++) {
      await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    }
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    // Then the format pick, biblatex first.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.strictEqual(await running, await vscode.commands.executeCommand<string>('policyAnnotator.copyBibliographyEntry', { document: ID, format: 'biblatex' }));
  });

  it('search finds its text', async () => {
    const results = await api.searchProvisions('标准合同');
    assert.deepStrictEqual([results[0]?.document, results[0]?.provision], [ID, 38]);
  });

  it('Add Document { replace: true } with a text where an article was inserted: the note on article 38 follows it to 39', async () => {
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.file(path.join(FIXTURES, 'pipl-2021.zh.md'))));
    // A new article 6; every later article's number goes up by one.
    const renumbered = original.replace(/^第([零一二三四五六七八九十百]+)条(?=[ 　])/gm, (label, numeral: string) => {
      const number = parseChineseNumeral(numeral) ?? 0;
      return number >= 6 ? `第${toChineseNumeral(number + 1)}条` : label;
    });
    const corrected = renumbered.replace(/^第七条(?=[ 　])/m, '第六条 个人信息处理者应当定期公布其个人信息保护工作情况。\n\n第七条');
    const replaced = (await vscode.commands.executeCommand<Added & { notes?: Record<string, number> }>('policyAnnotator.addDocument', { chinese: corrected, id: ID, replace: true })) as Added & { notes?: Record<string, number> };
    assert.ok(replaced?.ok, replaced?.reason);
    assert.strictEqual(replaced.provisions, 75);
    assert.deepStrictEqual(replaced.notes, { exact: 0, fuzzy: 0, whole: 1, orphaned: 0 });
    assert.match((await readText(NOTES_FILE)) ?? '', /\n    provision: 39\n    tags: \[privacy\]\n/);
    await waitFor('the library to have the new text', async () => (await api.getProvision(ID, 75)) !== undefined);
    const results = await api.searchProvisions('标准合同');
    assert.deepStrictEqual([results[0]?.document, results[0]?.provision], [ID, 39]);
  });

  it('Remove Document takes it out of the search, the other documents still found', async () => {
    await run('removeDocument', { document: ID });
    assert.ok(!(await api.searchProvisions('标准合同')).some((result) => result.document === ID));
    assert.strictEqual((await api.searchProvisions('伪基站'))[0]?.provision, 15);
  });
});
