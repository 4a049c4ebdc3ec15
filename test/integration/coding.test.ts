// Coding at speed: tags the codebook lacks are made on the way, by argument in a folder without
// notes, and by typing a name into the tag picker and pressing Enter once; auto-coding by a query,
// with its preview.

import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../src/vscode/api';
import { AUTHOR_FILE, CODEBOOK_FILE, SpanValue, StoreOutcome, deleteFile, readText, run, startAnnotating, stopAnnotating, workspaceUri } from './annotationsHelpers';
import { DOCUMENT, policyApi, waitFor } from './readingHelpers';

/** Kept in step with test/host/keyboard-request.mjs, which types into the quick input for us. */
const KEYBOARD_REQUEST = 'host: keyboard ';

type Tagged = StoreOutcome<SpanValue> & { readonly newTags?: readonly string[] };
type AutocodeOutcome = StoreOutcome<{ readonly added: number; readonly tagged: number; readonly unchanged: number }>;

async function setNotesFolder(folder: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('policyAnnotator').update('notesFolder', folder, vscode.ConfigurationTarget.Workspace);
}

/** Asks the launcher to type `text` into the quick input, report its rows to `report`, then press Enter. */
function typeIntoQuickInput(text: string, report: string): void {
  console.log(`${KEYBOARD_REQUEST}${JSON.stringify({ type: text, report, press: ['Enter'] })}`);
}

describe('coding: new tags and auto-coding', function () {
  this.timeout(60_000);
  let api: PolicyAnnotatorApi;
  let codebook: string | undefined;

  before(async () => {
    api = await policyApi();
    ({ codebook } = await startAnnotating(api));
  });
  after(() => stopAnnotating(api, codebook, ['.policy-create-tag-rows.json', '.policy-autocode-rows.json']));

  it('in a folder without notes, tagProvision { provision: 15, tags: ["privacy"] } writes the notes and adds privacy to a new codebook', async () => {
    const fresh = `fresh-notes-${Date.now()}`;
    await setNotesFolder(fresh);
    try {
      assert.strictEqual(await readText(`${fresh}/codebook.yaml`), undefined);
      const outcome = (await run<SpanValue>('tagProvision', { provision: 15, tags: ['privacy'] })) as Tagged | undefined;
      assert.ok(outcome?.ok, outcome?.reason);
      assert.deepStrictEqual(outcome.newTags, ['privacy']);
      assert.deepStrictEqual([...(outcome.written ?? [])].sort(), [`${fresh}/codebook.yaml`, `${fresh}/${DOCUMENT}/li-wei.yaml`]);
      const written = await readText(`${fresh}/codebook.yaml`);
      assert.match(written ?? '', /^# Policy Annotator codebook/);
      assert.match(written ?? '', /\ntags:\n {2}- id: privacy\n {4}label:\n {6}en: Privacy\n {6}zh: Privacy\n {4}description: ""\n {4}color: "#4e79a7"\n/);
      const notes = await readText(`${fresh}/${DOCUMENT}/li-wei.yaml`);
      assert.match(notes ?? '', /\n {2}- id: [a-z0-9]{8}\n {4}provision: 15\n {4}tags: \[privacy\]\n/);
      // Tagging again adds nothing: no new tag, no second annotation.
      const again = (await run<SpanValue>('tagProvision', { provision: 15, tags: ['Privacy'] })) as Tagged | undefined;
      assert.ok(again?.ok, again?.reason);
      assert.strictEqual(again.newTags, undefined);
      assert.deepStrictEqual(again.written, []);
      assert.strictEqual(await readText(`${fresh}/codebook.yaml`), written);
    } finally {
      await setNotesFolder(undefined);
      await vscode.workspace.fs.delete(workspaceUri(fresh), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });

  it('a Chinese tag given to addNote is added with its characters as id and label', async () => {
    const outcome = (await run<SpanValue>('addNote', { provision: 15, note: '个人信息保护', tags: ['个人信息', 'security'] })) as Tagged | undefined;
    assert.ok(outcome?.ok, outcome?.reason);
    assert.deepStrictEqual(outcome.newTags, ['个人信息']);
    assert.deepStrictEqual(outcome.value?.tags, ['个人信息', 'security']);
    assert.match((await readText(CODEBOOK_FILE)) ?? '', /\n {2}- id: 个人信息\n {4}label:\n {6}en: 个人信息\n {6}zh: 个人信息\n/);
    assert.match((await readText(AUTHOR_FILE)) ?? '', /tags: \[个人信息, security\]/);
    // The file written is valid: no problem is reported for it.
    const problems = vscode.languages.getDiagnostics(workspaceUri(CODEBOOK_FILE));
    assert.deepStrictEqual(problems.map((problem) => problem.message), []);
  });

  it('newTag takes its label as one string for both languages', async () => {
    const outcome = await run<{ id: string; label: { en: string; zh: string } }>('newTag', { id: 'surveillance', label: 'Surveillance 监控' });
    assert.ok(outcome?.ok, outcome?.reason);
    assert.deepStrictEqual(outcome.value?.label, { en: 'Surveillance 监控', zh: 'Surveillance 监控' });
    const refused = await run('newTag', { id: 'censorship', label: { en: 'Censorship' } });
    assert.strictEqual(refused?.ok, false);
    assert.match(refused?.reason ?? '', /"label"/);
  });

  it('the tag picker offers "Create tag “…”" first for a name that is no tag, and one Enter creates and applies it', async () => {
    const report = '.policy-create-tag-rows.json';
    await deleteFile(report);
    // A Provisions tree item for ¶16, as the view's context menu passes it.
    const item = { kind: 'provision', document: { id: DOCUMENT }, provision: { number: 16 } };
    const running = vscode.commands.executeCommand<Tagged | undefined>('policyAnnotator.tagProvision', item);
    typeIntoQuickInput('Data localisation', report);
    const outcome = await running;
    assert.ok(outcome?.ok, outcome?.reason);
    assert.deepStrictEqual(outcome.value?.tags, ['data-localisation']);
    const shown = await waitFor('the rows the picker showed', async () => {
      const text = await readText(report);
      return text && (JSON.parse(text) as { rows: string[] }).rows;
    });
    assert.match(shown[0] ?? '', /^Create tag “Data localisation”/);
    assert.match((await readText(CODEBOOK_FILE)) ?? '', /\n {2}- id: data-localisation\n {4}label:\n {6}en: Data localisation\n {6}zh: Data localisation\n/);
    assert.ok((await api.getAnnotations()).some((annotation) => annotation.provision === 16 && annotation.tags.includes('data-localisation')));
  });

  it('Auto-code previews the sentences that hold 个人信息, codes the ones left checked, and adds nothing when run again', async () => {
    const report = '.policy-autocode-rows.json';
    await deleteFile(report);
    const request = { query: '个人信息', tags: ['privacy'], scope: 'sentence' };
    const running = vscode.commands.executeCommand<AutocodeOutcome | undefined>('policyAnnotator.autocode', { ...request, preview: true });
    typeIntoQuickInput('', report);
    const outcome = await running;
    assert.ok(outcome?.ok, outcome?.reason);
    assert.deepStrictEqual([outcome.value?.added, outcome.value?.tagged], [3, 0]);
    const shown = await waitFor('the rows the preview showed', async () => {
      const text = await readText(report);
      return text && (JSON.parse(text) as { rows: string[] }).rows;
    });
    assert.strictEqual(shown.length, 3, JSON.stringify(shown));
    assert.match(shown[0], /^完善移动互联网用户信息保护制度.*¶15 · zh/);
    assert.match(shown[2], /建立健全网络数据管理、个人信息保护等重点管理制度。.*¶24 · zh/);
    const notes = (await readText(AUTHOR_FILE)) ?? '';
    const coded = [...notes.matchAll(/exact: ([^\n]*)\n(?:.*\n){4}\s+tags: \[privacy\]/g)].map((match) => match[1]);
    assert.strictEqual(coded.length, 3, notes);
    assert.ok(coded.every((sentence) => sentence.includes('个人信息')));
    // Again, without the preview: nothing is added and the file is not written.
    const again = await vscode.commands.executeCommand<AutocodeOutcome | undefined>('policyAnnotator.autocode', request);
    assert.ok(again?.ok, again?.reason);
    assert.deepStrictEqual([again.value?.added, again.value?.tagged, again.written], [0, 0, []]);
    assert.strictEqual(await readText(AUTHOR_FILE), notes);
  });
});

