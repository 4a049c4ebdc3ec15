import * as assert from 'node:assert/strict';
import { SIDECAR_FORMAT, loadSidecar } from '../../../src/core/annotations/files/sidecarFile';
import { serialise } from '../../../src/core/yaml/yamlFile';
import { createSpan, reanchor } from '../../../src/core/annotations/model/anchor';
import { Annotation } from '../../../src/core/annotations/model/annotation';
import { namedAnnotationId } from '../../../src/core/annotations/model/ids';
import { planAddition, writeAddition } from '../../../src/core/documents/addDocument';
import { replaceDocument } from '../../../src/core/documents/replaceDocument';
import { loadWorkspaceDocuments } from '../../../src/core/documents/workspaceDocuments';
import { PolicyDocument, findProvision } from '../../../src/core/model';
import { fixtureText } from '../helpers/fixtures';
import { INSERTED_ARTICLE, withInsertedArticle } from '../helpers/laws';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';

const ID = 'e-commerce-law-2018';
const NOTES = `policy-notes/${ID}/li-wei.yaml`;
const TIME = '2026-12-01T10:00:00Z';

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function note(document: PolicyDocument, name: string, number: number, quote?: string): Annotation {
  const provision = findProvision(document, number);
  assert.ok(provision);
  const start = quote === undefined ? -1 : provision.text.zh.indexOf(quote);
  assert.ok(quote === undefined || start >= 0, `${quote} is in article ${number}`);
  return {
    id: namedAnnotationId(name),
    document: ID,
    provision: number,
    ...(quote !== undefined && { span: createSpan(provision.text.zh, 'zh', start, start + quote.length) }),
    tags: [name],
    note: `on ${name}`,
    author: 'Li Wei',
    created: TIME,
    updated: TIME,
  };
}

describe('replacing a document’s text: the notes follow their words', () => {
  it('moves every note when an inserted article shifts the numbers, keeps ids and notes, and orphans (not drops) a note whose words are gone', async () => {
    const fs = new MemoryFileSystem();
    const original = fixtureText('e-commerce-law-2018.zh.md');
    const added = planAddition({ chinese: { name: `${ID}.zh.md`, bytes: bytes(original) }, taken: new Set() });
    await writeAddition(fs, added);
    const before = added.document;
    const gone = '对关系消费者生命健康的商品或者服务';
    const paragraph = /\n\n对关系消费者生命健康的[^\n]*/;
    const annotations = [
      note(before, 'whole-38', 38),
      note(before, 'span-38', 38, '电子商务平台经营者知道或者应当知道'),
      note(before, 'span-3', 3, '国家鼓励发展电子商务新业态'),
      note(before, 'whole-89', 89),
      note(before, 'gone-38', 38, gone),
      note(before, 'reworded-4', 4, '不得滥用行政权力排除'),
    ];
    fs.setText(NOTES, serialise(SIDECAR_FORMAT, { document: ID, author: 'Li Wei', annotations }));
    // The corrected text: an article inserted after article 5, the second paragraph of article 38
    // (now 39) struck out, and words of article 4 reworded.
    const corrected = withInsertedArticle(original).replace(paragraph, '').replace('不得滥用行政权力排除', '不得滥用行政职权排除');
    assert.notEqual(corrected, withInsertedArticle(original).replace(paragraph, ''));

    const plan = await replaceDocument(fs, { chinese: { name: `${ID}.zh.md`, bytes: bytes(corrected) }, taken: new Set([ID]), current: before, notesFolder: 'policy-notes' });
    assert.equal(plan.document.provisions.length, 90);
    assert.deepEqual(plan.notes.landings, { exact: 2, fuzzy: 1, whole: 2, orphaned: 1 });

    const { documents, problems } = await loadWorkspaceDocuments(fs, new Set());
    assert.deepEqual(problems, []);
    const after = documents[0];
    assert.equal(findProvision(after, 6)?.text.zh, INSERTED_ARTICLE.replace(/^第六条 /, ''));
    const loaded = loadSidecar(fs.files.get(NOTES) ?? new Uint8Array(), { documentId: ID, document: after, tagIds: new Set(annotations.flatMap((a) => a.tags)) });
    assert.deepEqual(loaded.problems, []);
    const byId = new Map(loaded.content?.annotations.map((annotation) => [annotation.id, annotation]));
    assert.equal(byId.size, annotations.length, 'no note is dropped');
    const moved = (name: string) => byId.get(namedAnnotationId(name));
    assert.deepEqual(
      annotations.map((annotation) => [annotation.tags[0], moved(annotation.tags[0])?.provision]),
      [['whole-38', 39], ['span-38', 39], ['span-3', 3], ['whole-89', 90], ['gone-38', 39], ['reworded-4', 4]],
    );
    for (const name of ['span-38', 'span-3']) {
      const annotation = moved(name);
      assert.ok(annotation?.span);
      const text = findProvision(after, annotation.provision)?.text.zh ?? '';
      assert.equal(reanchor(annotation.span, text).status, 'anchored', name);
      assert.equal(text.slice(annotation.span.start, annotation.span.end), annotation.span.exact);
    }
    assert.equal(moved('reworded-4')?.span?.exact, '不得滥用行政职权排除');
    // The words struck out are kept with their quote and shown as an orphan on article 39.
    const orphan = moved('gone-38');
    assert.equal(orphan?.span?.exact, gone);
    assert.equal(reanchor(orphan?.span ?? createSpan('x', 'zh', 0, 1), findProvision(after, 39)?.text.zh ?? '').status, 'orphaned');
    assert.deepEqual([moved('whole-38')?.note, moved('whole-38')?.created, moved('whole-38')?.author], ['on whole-38', TIME, 'Li Wei']);
  });

  it('keeps the facts of document.yaml the user set, and refuses (writing nothing) while a notes file has errors', async () => {
    const fs = new MemoryFileSystem();
    const original = fixtureText('e-commerce-law-2018.zh.md');
    const added = planAddition({ chinese: { name: `${ID}.zh.md`, bytes: bytes(original) }, taken: new Set() });
    await writeAddition(fs, added);
    const yamlPath = `policy-documents/${ID}/document.yaml`;
    fs.setText(yamlPath, `${fs.text(yamlPath) ?? ''}citationKey: ecl2018\n`);
    const request = { chinese: { name: 'corrected.zh.md', bytes: bytes(withInsertedArticle(original)) }, taken: new Set([ID]), current: added.document, notesFolder: 'policy-notes' };
    fs.setText(NOTES, 'version: 1\ndocument: e-commerce-law-2018\nauthor: Li Wei\nannotations:\n  - id: x\n    provision: [\n');
    const before = new Map(fs.files);
    await assert.rejects(replaceDocument(fs, request), /policy-notes\/e-commerce-law-2018\/li-wei\.yaml:\d+: the notes cannot be moved/);
    assert.deepEqual(fs.files, before);
    fs.files.delete(NOTES);
    await replaceDocument(fs, request);
    assert.match(fs.text(yamlPath) ?? '', /\ncitationKey: ecl2018\n/);
    assert.match(fs.text(yamlPath) ?? '', /\n {2}chinese: corrected\.zh\.md\n/);
    assert.equal(fs.files.has(`policy-documents/${ID}/${ID}.zh.md`), false, 'the old source is removed');
  });
});
