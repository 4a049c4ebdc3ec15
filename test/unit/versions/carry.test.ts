import * as assert from 'node:assert/strict';
import { AnnotationStore } from '../../../src/core/annotations/store/store';
import { Library } from '../../../src/core/library';
import { carryNotes, planCarryInStore } from '../../../src/core/versions/carryNotes';
import { CarryPlan } from '../../../src/core/versions/carryPlan';
import { ANNOTATION_ID, namedAnnotationId } from '../../../src/core/annotations/model/ids';
import { CODEBOOK_PATH, CODEBOOK, DOCUMENT, ticking } from '../annotations/fixtures';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';
import { opinions } from '../helpers/opinions';
import { REVISED, revisedOpinions } from '../helpers/revisedOpinions';

const library = new Library([opinions(), revisedOpinions()]);

function open(fs: MemoryFileSystem, author: string): Promise<AnnotationStore> {
  return AnnotationStore.open({ fs, library, notesFolder: 'notes', author, now: ticking() });
}

function spanIn(provision: number, words: string, language: 'en' | 'zh') {
  const start = opinions().provisions[provision - 1].text[language].indexOf(words);
  assert.ok(start >= 0, `${words} is in provision ${provision}`);
  return { language, start, end: start + words.length };
}

function ok<T>(outcome: { ok: true; value: T } | { ok: false; reason: string }): T {
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.reason);
  return outcome.value;
}

/** Two coders' notes on the Opinions: Li Wei's on words that stay, change a little, or go; Zhang Min's on a removed provision. */
async function codedWorkspace(): Promise<{ fs: MemoryFileSystem; store: AnnotationStore; ids: Record<string, string> }> {
  const fs = new MemoryFileSystem({ [CODEBOOK_PATH]: CODEBOOK });
  const li = await open(fs, 'Li Wei');
  const ids: Record<string, string> = {
    stays: ok(await li.add({ document: DOCUMENT, provision: 2, span: spanIn(2, '科学发展观', 'zh'), tags: ['innovation'], note: '指导思想' })).id,
    edited: ok(await li.add({ document: DOCUMENT, provision: 3, span: spanIn(3, 'arouse economic vitality', 'en'), tags: ['innovation'] })).id,
    gone: ok(await li.add({ document: DOCUMENT, provision: 3, span: spanIn(3, '缩小数字鸿沟', 'zh'), note: 'digital divide' })).id,
    whole: ok(await li.add({ document: DOCUMENT, provision: 4, tags: ['security'] })).id,
    later: ok(await li.add({ document: DOCUMENT, provision: 24, span: spanIn(24, 'law', 'en') })).id,
  };
  const zhang = await open(fs, 'Zhang Min');
  ids.removed = ok(await zhang.add({ document: DOCUMENT, provision: 5, tags: ['innovation'], note: '4G and 5G' })).id;
  ids.removedSpan = ok(await zhang.add({ document: DOCUMENT, provision: 5, span: spanIn(5, '(5G)', 'zh') })).id;
  const store = await open(fs, 'Li Wei');
  return { fs, store, ids };
}

function landings(plan: CarryPlan): string[] {
  return plan.items.map((item) => `${item.from.provision}→${item.to.provision} ${item.landing}${item.reason ? ` (${item.reason})` : ''} ${item.to.author}${item.done ? ' done' : ''}`);
}

describe('carrying notes to a new version', () => {
  it('plans each coder\'s notes onto the provisions their own became, before writing anything', async () => {
    const { fs, store } = await codedWorkspace();
    const files = new Map(fs.files);
    const plan = planCarryInStore(store, opinions(), revisedOpinions());
    assert.deepEqual(landings(plan), [
      '2→3 exact Li Wei',
      '3→4 fuzzy Li Wei',
      '3→4 orphaned (words-gone) Li Wei',
      '4→5 whole Li Wei',
      '5→6 orphaned (provision-removed) Zhang Min',
      '5→6 orphaned (provision-removed) Zhang Min',
      '24→24 exact Li Wei',
    ]);
    assert.deepEqual(fs.files, files);
  });

  it('re-anchors spans in the new text, keeps an orphan\'s old quote, and copies tags, notes and dates', async () => {
    const { store, ids } = await codedWorkspace();
    const plan = planCarryInStore(store, opinions(), revisedOpinions());
    const item = (id: string) => plan.items.find((candidate) => candidate.from.id === id);
    const revised = revisedOpinions();
    const stays = item(ids.stays);
    assert.equal(stays?.to.document, REVISED);
    assert.equal(stays?.to.span?.exact, '科学发展观');
    assert.equal(revised.provisions[2].text.zh.slice(stays?.to.span?.start, stays?.to.span?.end), '科学发展观');
    assert.deepEqual([stays?.to.tags, stays?.to.note, stays?.to.created], [stays?.from.tags, stays?.from.note, stays?.from.created]);
    assert.notEqual(stays?.to.id, ids.stays);
    assert.equal(item(ids.edited)?.to.span?.exact, 'arouse the economic vitality');
    assert.deepEqual(item(ids.gone)?.to.span, item(ids.gone)?.from.span);
    assert.equal(item(ids.whole)?.to.span, undefined);
    assert.equal(item(ids.removed)?.to.span?.exact, opinions().provisions[4].text.zh);
    assert.equal(item(ids.removed)?.to.note, '4G and 5G');
  });

  it('writes copies into each coder\'s file of the new version, leaves the old files untouched, and shows the orphans', async () => {
    const { fs, store, ids } = await codedWorkspace();
    const oldFiles = [...fs.files].filter(([path]) => path.startsWith(`notes/${DOCUMENT}/`));
    const outcome = await carryNotes(store, planCarryInStore(store, opinions(), revisedOpinions()));
    assert.deepEqual(outcome.failures, []);
    assert.deepEqual([...outcome.written].sort(), [`notes/${REVISED}/li-wei.yaml`, `notes/${REVISED}/zhang-min.yaml`]);
    assert.equal(outcome.added.length, 7);
    assert.deepEqual([...fs.files].filter(([path]) => path.startsWith(`notes/${DOCUMENT}/`)), oldFiles);
    const reopened = await open(fs, 'Zhang Min');
    assert.equal(reopened.annotationsOn(DOCUMENT).length, 7);
    const carried = reopened.annotationsOn(REVISED);
    assert.equal(carried.length, 7);
    const orphans = carried.filter((annotation) => reopened.anchor(annotation)?.status === 'orphaned').map((annotation) => `${annotation.author} ${annotation.provision}`);
    assert.deepEqual(orphans.sort(), ['Li Wei 4', 'Zhang Min 6', 'Zhang Min 6']);
    assert.match(fs.text(`notes/${REVISED}/zhang-min.yaml`) ?? '', /author: Zhang Min/);
    assert.ok(reopened.annotation(ids.stays), 'the original stays');
  });

  it('adds nothing the second time, and keeps a copy a coder has edited since', async () => {
    const { fs, store } = await codedWorkspace();
    const first = await carryNotes(store, planCarryInStore(store, opinions(), revisedOpinions()));
    const copy = first.added.find((annotation) => annotation.provision === 3);
    ok(await store.update(copy?.id ?? '', { note: 'edited after carrying' }));
    const bytes = new Map(fs.files);
    const plan = planCarryInStore(store, opinions(), revisedOpinions());
    assert.ok(plan.items.every((item) => item.done));
    const second = await carryNotes(store, plan);
    assert.deepEqual([second.added, second.written, second.failures], [[], [], []]);
    assert.deepEqual(fs.files, bytes);
    assert.equal(store.annotation(copy?.id ?? '')?.note, 'edited after carrying');
  });

  it('writes the other coders\' files when one coder\'s file of the new version has errors, and says which', async () => {
    const { fs, store } = await codedWorkspace();
    fs.setText(`notes/${REVISED}/zhang-min.yaml`, 'version: 1\ndocument: [broken\n');
    await store.refresh();
    const outcome = await carryNotes(store, planCarryInStore(store, opinions(), revisedOpinions()));
    assert.deepEqual(outcome.written, [`notes/${REVISED}/li-wei.yaml`]);
    assert.equal(outcome.failures.length, 1);
    assert.match(outcome.failures[0], /zhang-min\.yaml is not written/);
    assert.equal(fs.text(`notes/${REVISED}/zhang-min.yaml`), 'version: 1\ndocument: [broken\n');
  });

  it('names each copy by its original and the new version: a valid id, the same every time, different elsewhere', () => {
    const ids = Array.from({ length: 500 }, (_, index) => namedAnnotationId(`a${index} ${REVISED}`));
    ids.forEach((id) => assert.match(id, ANNOTATION_ID));
    assert.equal(new Set(ids).size, 500);
    assert.equal(namedAnnotationId(`a1 ${REVISED}`), ids[1]);
    assert.notEqual(namedAnnotationId('a1 another-version'), ids[1]);
  });
});
