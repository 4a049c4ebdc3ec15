// Annotations in the editors and views: a selection in the Chinese editor, comment threads in both
// languages (orphans included), the hover, the Tags view and the tree's tag and author filters.

import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../src/vscode/api';
import type { DescribedTreeLevel } from '../../src/vscode/tree/describeTree';
import type { DescribedThread } from '../../src/vscode/annotations';
import { AUTHOR_FILE, SpanValue, readText, run, startAnnotating, stopAnnotating, writeText } from './annotationsHelpers';
import { DOCUMENT, headingLine, policyApi, policyEditor, waitFor } from './readingHelpers';
import { hoverText } from './writingHelpers';

const ORPHAN_FILE = `policy-notes/${DOCUMENT}/wang-fang.yaml`;
const ORPHAN = `version: 1
document: ${DOCUMENT}
author: Wang Fang
annotations:
  - id: wangfang
    provision: 15
    span:
      language: en
      exact: quantum blockchain metaverse
      prefix: ""
      suffix: ""
      start: 0
      end: 28
    tags: [privacy]
    note: These words were in an older translation.
    created: 2024-05-02T08:00:00Z
    updated: 2024-05-02T08:00:00Z
`;

async function describeThreads(): Promise<readonly DescribedThread[]> {
  return (await policyApi()).describeNoteThreads();
}

async function describeTags(id?: string): Promise<DescribedTreeLevel> {
  return (await policyApi()).describeTagsView(id);
}

function threadsOf(threads: readonly DescribedThread[], annotationId: string | undefined): DescribedThread[] {
  return threads.filter((thread) => thread.comments.some((comment) => comment.annotationId === annotationId));
}

describe('annotations: in the editors and the views', function () {
  this.timeout(60_000);
  let api: PolicyAnnotatorApi;
  let codebook: string | undefined;
  let span: SpanValue | undefined;

  before(async () => {
    api = await policyApi();
    ({ codebook } = await startAnnotating(api));
  });
  after(() => stopAnnotating(api, codebook, [ORPHAN_FILE]));

  it('annotates words selected in the Chinese editor as a span in Chinese, with the exact words', async () => {
    await api.openSideBySide({ provision: 15 });
    const shown = await waitFor('the Chinese editor', () => policyEditor('zh'));
    const editor = await vscode.window.showTextDocument(shown.document, { viewColumn: shown.viewColumn, preserveFocus: false });
    const { document } = editor;
    const at = document.getText().indexOf('伪基站', document.offsetAt(new vscode.Position(headingLine(document, 15), 0)));
    editor.selection = new vscode.Selection(document.positionAt(at), document.positionAt(at + 3));
    const outcome = await run<SpanValue>('annotateSelection', { tags: ['security'], note: 'Fake base stations: who licenses them?' });
    assert.ok(outcome?.ok, outcome?.reason);
    span = outcome.value;
    assert.strictEqual(span?.provision, 15);
    assert.deepStrictEqual([span?.span?.language, span?.span?.exact], ['zh', '伪基站']);
    assert.match((await readText(AUTHOR_FILE)) ?? '', /span:\n {6}language: zh\n {6}exact: 伪基站\n/);
    const quoted = (await api.getAnnotations()).find((annotation) => annotation.id === span?.id);
    assert.deepStrictEqual([quoted?.quote, quoted?.language], ['伪基站', 'zh']);
  });

  it('refuses a selection across two provisions, writing nothing', async () => {
    const editor = await waitFor('the Chinese editor', () => policyEditor('zh'));
    const before = await readText(AUTHOR_FILE);
    const { document } = editor;
    editor.selection = new vscode.Selection(new vscode.Position(headingLine(document, 15) + 1, 3), new vscode.Position(headingLine(document, 16) + 1, 3));
    const outcome = await run('annotateSelection', { tags: ['security'] });
    assert.strictEqual(outcome?.ok, false);
    assert.match(outcome?.reason ?? '', /two provisions/);
    assert.strictEqual(await readText(AUTHOR_FILE), before);
  });

  it('shows the span\'s note as a comment thread on the words, and on the aligned English sentence', async () => {
    const threads = await waitFor('two threads for the span', async () => {
      const found = threadsOf(await describeThreads(), span?.id);
      return found.length === 2 && found;
    }, 5_000);
    const zh = policyEditor('zh');
    const en = policyEditor('en');
    assert.ok(zh && en);
    const onWords = threads.find((thread) => thread.uri === zh.document.uri.toString());
    const onTranslation = threads.find((thread) => thread.uri === en.document.uri.toString());
    assert.ok(onWords && onTranslation, JSON.stringify(threads));
    const at = zh.document.getText(new vscode.Range(new vscode.Position(onWords.range.start.line, onWords.range.start.character), new vscode.Position(onWords.range.end.line, onWords.range.end.character)));
    assert.strictEqual(at, '伪基站');
    assert.strictEqual(onWords.label, '¶15 · “伪基站”');
    assert.strictEqual(onTranslation.label, '¶15 · translation of “伪基站”');
    assert.strictEqual(onTranslation.range.start.line, headingLine(en.document, 15) + 1, 'the translation is in the text of provision 15');
    assert.deepStrictEqual(
      onWords.comments.map((comment) => [comment.body, comment.author, comment.label, comment.contextValue]),
      [['Fake base stations: who licenses them?', 'Li Wei', '安全', 'policyNote.own']],
    );
    assert.strictEqual(onTranslation.comments[0]?.label, 'Security');
  });

  it('hovering the words, or their translation, shows the note (untrusted)', async () => {
    const zh = policyEditor('zh');
    const en = policyEditor('en');
    assert.ok(zh && en);
    const [onTranslation] = threadsOf(await describeThreads(), span?.id).filter((thread) => thread.uri === en.document.uri.toString());
    const points: [vscode.TextEditor, vscode.Position][] = [
      [zh, zh.document.positionAt(zh.document.getText().indexOf('伪基站', zh.document.offsetAt(new vscode.Position(headingLine(zh.document, 15), 0))) + 1)],
      [en, new vscode.Position(onTranslation.range.start.line, onTranslation.range.start.character + 2)],
    ];
    for (const [editor, position] of points) {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
      assert.match(hoverText(hovers), /Fake base stations: who licenses them\?/, `hover in ${editor.document.uri.toString()}`);
      for (const content of hovers.flatMap((hover) => hover.contents)) {
        assert.ok(typeof content === 'string' || !(content instanceof vscode.MarkdownString) || !content.isTrusted, 'a hover section is trusted');
      }
    }
  });

  it('puts a whole-provision note (addNote) in a thread on the heading, in both editors', async () => {
    const added = await run<SpanValue>('addNote', { provision: 15, note: 'The core provision on **users**.' });
    assert.ok(added?.ok, added?.reason);
    const threads = await waitFor('two threads for the note', async () => {
      const found = threadsOf(await describeThreads(), added.value?.id);
      return found.length === 2 && found;
    }, 5_000);
    for (const language of ['en', 'zh'] as const) {
      const editor = policyEditor(language);
      assert.ok(editor);
      const thread = threads.find((candidate) => candidate.uri === editor.document.uri.toString());
      assert.strictEqual(thread?.range.start.line, headingLine(editor.document, 15), language);
      assert.strictEqual(thread?.label, '¶15 · the whole provision');
      assert.strictEqual(thread?.canReply, true);
    }
  });

  it('shows an orphaned annotation (its words are gone) on the heading, labelled "(orphaned)", and in the tree', async () => {
    await writeText(ORPHAN_FILE, ORPHAN);
    const threads = await waitFor('the orphan\'s threads', async () => {
      const found = threadsOf(await describeThreads(), 'wangfang');
      return found.length === 2 && found;
    }, 5_000);
    const en = policyEditor('en');
    assert.ok(en);
    const thread = threads.find((candidate) => candidate.uri === en.document.uri.toString());
    assert.strictEqual(thread?.label, '¶15 · “quantum blockchain metaverse” (orphaned)');
    assert.strictEqual(thread?.range.start.line, headingLine(en.document, 15));
    assert.strictEqual(thread?.canReply, false);
    assert.strictEqual(thread?.comments[0]?.contextValue, 'policyNote', 'a teammate\'s note offers no edit');
    const children = (await api.describeProvisionTree(`${DOCUMENT}#15`)).children;
    const orphan = children.find((child) => child.id.endsWith('/wangfang'));
    assert.match(orphan?.description ?? '', /\(orphaned\) · Wang Fang/);
    assert.strictEqual(orphan?.contextValue, 'policyAnnotation');
  });

  it('lists the codebook in the Tags view, with the hierarchy and the number of uses', async () => {
    assert.ok((await run('tagProvision', { provision: 15, tags: ['privacy'] }))?.ok);
    const root = await describeTags();
    assert.deepStrictEqual(
      root.children.map((tag) => [tag.id, tag.label, tag.description, tag.contextValue]),
      [
        ['tag:innovation', 'Innovation', '2 · 创新', 'policyTag'],
        ['tag:security', 'Security', '1 · 安全', 'policyTag'],
        ['tag:privacy', 'Privacy', '2 · 隐私', 'policyTag'],
      ],
    );
    const security = await describeTags('tag:security');
    assert.deepStrictEqual(
      security.children.map((child) => child.label),
      ['Content control', 'Security'],
    );
    assert.strictEqual(security.children[1]?.command?.command, 'policyAnnotator.revealAnnotation');
    assert.deepStrictEqual((await describeTags('tag:content-control')).node?.parent, 'tag:security');
  });

  it('filters the Provisions tree by tag (with the tags under it) and by author', async () => {
    try {
      const bySecurity = await vscode.commands.executeCommand<{ provisions: string[] }>('policyAnnotator.filterByTag', { tag: 'security' });
      assert.deepStrictEqual(bySecurity?.provisions, [`${DOCUMENT}#15`, `${DOCUMENT}#18`]);
      const parts = (await api.describeProvisionTree(DOCUMENT)).children.map((part) => part.id);
      assert.deepStrictEqual(parts, [`${DOCUMENT}/part-4`, `${DOCUMENT}/part-5`]);
      const byAuthor = await vscode.commands.executeCommand<{ provisions: string[] }>('policyAnnotator.filterByAuthor', { author: 'Zhang Min' });
      assert.deepStrictEqual(byAuthor?.provisions, [`${DOCUMENT}#18`], 'both criteria apply');
      const byPrivacy = await vscode.commands.executeCommand<{ provisions: string[] }>('policyAnnotator.filterByTag', { tag: 'privacy' });
      assert.deepStrictEqual(byPrivacy?.provisions, [], 'the tag criterion was replaced');
    } finally {
      await vscode.commands.executeCommand('policyAnnotator.clearProvisionFilter');
    }
    assert.strictEqual((await api.describeProvisionTree(DOCUMENT)).children.length, 6);
  });

  it('clicking an annotation in a tree selects its words in the side-by-side editor', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('policyAnnotator.revealAnnotation', { id: span?.id });
    const zh = await waitFor('the Chinese editor', () => policyEditor('zh'));
    await waitFor('the words to be selected', () => zh.document.getText(zh.selection) === '伪基站', 5_000);
  });
});
