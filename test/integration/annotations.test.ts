// Annotating in a real VS Code: commands that write YAML sidecars, outside edits, broken files.
// Every file is read back from disk; the workspace is put back as the fixture had it afterwards.

import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../src/vscode/api';
import { AUTHOR, AUTHOR_FILE, OTHER_CODER_FILE, SpanValue, deleteFile, readBytes, readText, run, startAnnotating, stopAnnotating, workspaceUri, writeText } from './annotationsHelpers';
import { DOCUMENT, policyApi, waitFor } from './readingHelpers';

/** The Problems of a file, once the store has read it. */
function notesDiagnostics(path: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(workspaceUri(path)).filter((diagnostic) => diagnostic.source === 'Policy Annotator');
}

describe('annotations: tags and notes saved as YAML sidecars', function () {
  this.timeout(60_000);
  let api: PolicyAnnotatorApi;
  let codebook: string | undefined;

  before(async () => {
    api = await policyApi();
    ({ codebook } = await startAnnotating(api));
  });
  after(() => stopAnnotating(api, codebook));

  it('reads the codebook and the second coder\'s notes from the fixture, without problems', async () => {
    const annotations = await api.getAnnotations(DOCUMENT);
    assert.deepStrictEqual(
      annotations.map((annotation) => [annotation.provision, annotation.author, annotation.tags.join(','), annotation.quote ?? '']),
      [
        [3, 'Zhang Min', 'innovation', ''],
        [3, 'Zhang Min', 'innovation', 'digital divide'],
        [18, 'Zhang Min', 'content-control', ''],
      ],
    );
    assert.deepStrictEqual(notesDiagnostics(OTHER_CODER_FILE), []);
  });

  it('tags provision 15 with privacy ({ provision, tags }): writes policy-notes/<document>/li-wei.yaml', async () => {
    const outcome = await run<SpanValue>('tagProvision', { provision: 15, tags: ['privacy'] });
    assert.ok(outcome?.ok, outcome?.reason);
    assert.deepStrictEqual(outcome.written, [AUTHOR_FILE]);
    const text = await readText(AUTHOR_FILE);
    assert.ok(text, `${AUTHOR_FILE} was not written`);
    assert.match(text, /^# Policy Annotator notes/);
    assert.match(text, new RegExp(`\\ndocument: ${DOCUMENT}\\nauthor: ${AUTHOR}\\nannotations:\\n  - id: ${outcome.value?.id}\\n    provision: 15\\n    tags: \\[privacy\\]\\n`));
    const mine = (await api.getAnnotations()).filter((annotation) => annotation.author === AUTHOR);
    assert.deepStrictEqual(
      mine.map(({ provision, tags, note }) => ({ provision, tags, note })),
      [{ provision: 15, tags: ['privacy'], note: '' }],
    );
  });

  it('shows the tag in the Provisions tree: after the titles, and as a child', async () => {
    const level = await api.describeProvisionTree(`${DOCUMENT}#15`);
    assert.strictEqual(level.node?.description, '维护用户合法权益 · Privacy');
    assert.strictEqual(level.node?.collapsible, 'collapsed');
    assert.deepStrictEqual(
      level.children.map((child) => [child.label, child.contextValue, child.command?.command]),
      [['Privacy', 'policyAnnotation.own', 'policyAnnotator.revealAnnotation']],
    );
  });

  it('changes no byte when a save changes nothing (tagging again, editing to the same note)', async () => {
    const before = await readBytes(AUTHOR_FILE);
    const again = await run<SpanValue>('tagProvision', { provision: 15, tags: ['privacy'] });
    assert.ok(again?.ok, again?.reason);
    assert.deepStrictEqual(again.written, []);
    const same = await run<SpanValue>('editAnnotation', { id: again.value?.id, tags: ['privacy'] });
    assert.ok(same?.ok, same?.reason);
    assert.deepStrictEqual(same.written, []);
    assert.deepStrictEqual(await readBytes(AUTHOR_FILE), before);
  });

  it('keeps a comment written by hand when it saves', async () => {
    const text = await readText(AUTHOR_FILE);
    assert.ok(text);
    await writeText(AUTHOR_FILE, text.replace('    tags: [privacy]\n', '    tags: [privacy] # ask the team about PIPL\n'));
    const added = await run<SpanValue>('addNote', { provision: 15, note: 'Read with the zeitgeist of 2016.' });
    assert.ok(added?.ok, added?.reason);
    const saved = await readText(AUTHOR_FILE);
    assert.match(saved ?? '', /tags: \[privacy\] # ask the team about PIPL\n/);
    assert.match(saved ?? '', /note: Read with the zeitgeist of 2016\./);
  });

  it('searches the notes: the provision picks and the API find provision 15 by a word of its note', async () => {
    const results = await api.searchProvisions('zeitgeist');
    assert.strictEqual(results[0]?.provision, 15, JSON.stringify(results.slice(0, 3)));
    const byTeammate = await api.searchProvisions('Internet Plus plan');
    assert.strictEqual(byTeammate[0]?.provision, 3);
  });

  it('shows an edit made outside VS Code in getAnnotations() and in the tree within a second', async () => {
    const path = workspaceUri(AUTHOR_FILE).fsPath;
    const text = fs.readFileSync(path, 'utf8');
    let events = 0;
    const listening = api.onDidChangeAnnotations(() => events++);
    try {
      const started = Date.now();
      // As git or another editor would: in place, with node's fs, not through VS Code.
      fs.writeFileSync(path, text.replace('    tags: [privacy] #', '    tags: [privacy, security] #'));
      await waitFor('the outside edit in getAnnotations()', async () =>
        (await api.getAnnotations()).some((annotation) => annotation.provision === 15 && annotation.tags.includes('security')),
        5_000,
      );
      const delay = Date.now() - started;
      const tree = await api.describeProvisionTree(`${DOCUMENT}#15`);
      assert.match(tree.node?.description ?? '', /Security/);
      console.log(`      outside edit seen after ${delay} ms`);
      assert.ok(delay < 1_000, `the outside edit took ${delay} ms to show`);
      assert.ok(events > 0, 'onDidChangeAnnotations did not fire');
    } finally {
      listening.dispose();
    }
  });

  it('shows a file another program writes slowly in place once it is written, with no problem meanwhile', async () => {
    const path = workspaceUri(AUTHOR_FILE).fsPath;
    const text = fs.readFileSync(path, 'utf8');
    assert.match(text, /note: Read with the zeitgeist of 2016\./);
    const bytes = Buffer.from(text.replace('note: Read with the zeitgeist of 2016.', 'note: Read with the zeitgeist of 2016 and 2017.'));
    // Eight pieces, the first ending inside a timestamp (`created: 2026-12-03T`), with pauses far shorter than the store's quiet interval.
    const first = bytes.indexOf('T', bytes.indexOf('created: ')) + 1;
    const ends = [first, ...Array.from({ length: 7 }, (_, index) => first + Math.ceil(((bytes.length - first) * (index + 1)) / 7))];
    const flashes: string[] = [];
    const watching = vscode.languages.onDidChangeDiagnostics(() => flashes.push(...notesDiagnostics(AUTHOR_FILE).map((problem) => problem.message)));
    try {
      const descriptor = fs.openSync(path, 'w');
      try {
        for (const [index, end] of ends.entries()) {
          fs.writeSync(descriptor, bytes.subarray(index === 0 ? 0 : ends[index - 1], end));
          await new Promise((resolve) => setTimeout(resolve, 40));
        }
      } finally {
        fs.closeSync(descriptor);
      }
      // Every annotation of the file, not only the first ones, which a read of half the file would show too.
      const items = text.split('\n').filter((line) => line.startsWith('  - id: ')).length;
      await waitFor('the whole file in getAnnotations()', async () => {
        const mine = (await api.getAnnotations()).filter((annotation) => annotation.author === AUTHOR);
        return mine.length === items && mine.some((annotation) => annotation.note === 'Read with the zeitgeist of 2016 and 2017.');
      }, 5_000);
      assert.deepStrictEqual(flashes, [], 'the half-written file was shown in Problems');
      assert.deepStrictEqual(notesDiagnostics(AUTHOR_FILE), []);
    } finally {
      watching.dispose();
    }
  });

  it('reports a broken sidecar in Problems at its line, never rewrites it, and keeps reading the rest', async () => {
    const good = await readText(AUTHOR_FILE);
    assert.ok(good);
    const broken = `version: 1\ndocument: ${DOCUMENT}\nauthor: ${AUTHOR}\nannotations: [\n  - id: abcdefgh\n`;
    await writeText(AUTHOR_FILE, broken);
    const [problem] = await waitFor('a diagnostic on the broken file', () => {
      const found = notesDiagnostics(AUTHOR_FILE);
      return found.length > 0 && found;
    }, 5_000);
    assert.strictEqual(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(problem.range.start.line, 4, `${problem.message} at line ${problem.range.start.line + 1}`);

    const refused = await run<SpanValue>('tagProvision', { provision: 16, tags: ['privacy'] });
    assert.strictEqual(refused?.ok, false);
    assert.match(refused?.reason ?? '', /li-wei\.yaml is not written while it has errors: 5:3/);
    assert.strictEqual(await readText(AUTHOR_FILE), broken);

    // Reading, the search and the teammate's notes go on.
    const annotations = await api.getAnnotations();
    assert.deepStrictEqual([...new Set(annotations.map((annotation) => annotation.author))], ['Zhang Min']);
    assert.strictEqual((await api.searchProvisions('伪基站'))[0]?.provision, 15);
    assert.deepStrictEqual(notesDiagnostics(OTHER_CODER_FILE), []);
    await writeText(AUTHOR_FILE, good);
    await waitFor('the problems to clear', () => notesDiagnostics(AUTHOR_FILE).length === 0, 5_000);
  });

  it('reports git conflict markers on their lines, and refuses to save until they are resolved', async () => {
    const good = await readText(AUTHOR_FILE);
    assert.ok(good);
    const lines = good.split('\n');
    const at = lines.findIndex((line) => line.startsWith('  - id: '));
    const conflicted = [...lines.slice(0, at), '<<<<<<< HEAD', ...lines.slice(at, -1), '=======', '>>>>>>> origin/main', ''].join('\n');
    await writeText(AUTHOR_FILE, conflicted);
    const problems = await waitFor('the conflict markers in Problems', () => {
      const found = notesDiagnostics(AUTHOR_FILE);
      return found.length >= 3 && found;
    }, 5_000);
    assert.deepStrictEqual(
      problems.filter((problem) => /conflict marker/.test(problem.message)).map((problem) => problem.range.start.line),
      conflicted.split('\n').flatMap((line, index) => (/^(<{7}|={7}|>{7})/.test(line) ? [index] : [])),
    );
    const refused = await run<SpanValue>('addNote', { provision: 16, note: 'Not now.' });
    assert.strictEqual(refused?.ok, false);
    assert.match(refused?.reason ?? '', /git conflict marker/);
    assert.strictEqual(await readText(AUTHOR_FILE), conflicted);
    await writeText(AUTHOR_FILE, good);
    await waitFor('the problems to clear', () => notesDiagnostics(AUTHOR_FILE).length === 0, 5_000);
  });

  it('edits and deletes annotations by id', async () => {
    const [note] = (await api.getAnnotations()).filter((annotation) => annotation.author === AUTHOR && annotation.note !== '');
    assert.ok(note);
    const edited = await run<SpanValue>('editAnnotation', { id: note.id, note: 'Read with the 2016 Cybersecurity Law.', tags: ['security'] });
    assert.ok(edited?.ok, edited?.reason);
    assert.match((await readText(AUTHOR_FILE)) ?? '', /note: Read with the 2016 Cybersecurity Law\.\n    created/);
    const deleted = await run<void>('deleteAnnotation', { id: note.id });
    assert.ok(deleted?.ok, deleted?.reason);
    assert.ok(!(await api.getAnnotations()).some((annotation) => annotation.id === note.id));
    assert.doesNotMatch((await readText(AUTHOR_FILE)) ?? '', /Cybersecurity Law/);
  });

  it('refuses unusable arguments with a reason, writing nothing', async () => {
    const before = await readBytes(AUTHOR_FILE);
    // A tag the codebook lacks is made on the way (see coding.test.ts); a name with no letter cannot be one.
    assert.match((await run('tagProvision', { provision: 15, tags: ['2024'] }))?.reason ?? '', /"2024" cannot be a tag/);
    assert.match((await run('tagProvision', { provision: 'fifteen', tags: ['privacy'] }))?.reason ?? '', /"provision"/);
    assert.match((await run('addNote', { provision: 15 }))?.reason ?? '', /"note"/);
    assert.deepStrictEqual(await readBytes(AUTHOR_FILE), before);
  });

  it('adds, renames and merges codebook tags ({ id, label }, { from, to }, { from, into })', async () => {
    const created = await run('newTag', { id: 'surveillance', label: { en: 'Surveillance', zh: '监控' } });
    assert.ok(created?.ok, created?.reason);
    const tagged = await run<SpanValue>('tagProvision', { provision: 15, tags: ['surveillance'] });
    assert.ok(tagged?.ok, tagged?.reason);
    assert.ok((await run('renameTag', { from: 'surveillance', to: 'monitoring' }))?.ok);
    assert.match((await readText(AUTHOR_FILE)) ?? '', /tags: \[privacy, security, monitoring\]/);
    assert.match((await readText('policy-notes/codebook.yaml')) ?? '', /- id: monitoring\n {4}label:\n {6}en: Surveillance\n {6}zh: 监控/);
    assert.ok((await run('mergeTags', { from: 'monitoring', into: 'security' }))?.ok);
    assert.match((await readText(AUTHOR_FILE)) ?? '', /tags: \[privacy, security\]/);
    assert.doesNotMatch((await readText('policy-notes/codebook.yaml')) ?? '', /monitoring/);
    // The teammate's file did not use the tag and was not touched.
    assert.doesNotMatch((await readText(OTHER_CODER_FILE)) ?? '', /monitoring|surveillance/);
  });

  it('starts again from nothing when the notes file is deleted', async () => {
    await deleteFile(AUTHOR_FILE);
    await waitFor('the deletion to be seen', async () => !(await api.getAnnotations()).some((annotation) => annotation.author === AUTHOR), 5_000);
    assert.strictEqual((await api.describeProvisionTree(`${DOCUMENT}#15`)).node?.description, '维护用户合法权益');
  });
});
