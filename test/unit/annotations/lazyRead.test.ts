import * as assert from 'node:assert/strict';
import { SIDECAR_FORMAT } from '../../../src/core/annotations/files/sidecarFile';
import { serialise } from '../../../src/core/yaml/yamlFile';
import { AnnotationStore } from '../../../src/core/annotations/store/store';
import { generateSidecar } from '../helpers/generatedNotes';
import { opinions, opinionsLibrary } from '../helpers/opinions';
import { DOCUMENT, NOTES, memoryWithCodebook, ticking } from './fixtures';

const ZHANG_MIN_PATH = `notes/${DOCUMENT}/zhang-min.yaml`;

function team() {
  return memoryWithCodebook({
    [ZHANG_MIN_PATH]: serialise(SIDECAR_FORMAT, generateSidecar(opinions(), 30, { seed: 3, author: 'Zhang Min' })),
  });
}

describe('annotations: notes read per document when asked', () => {
  it('opens reading only the codebook, and a document when it is asked for', async () => {
    const fs = team();
    const store = await AnnotationStore.open({ fs, library: opinionsLibrary(), notesFolder: NOTES, author: 'Li Wei', now: ticking(), read: 'asked' });
    assert.equal(store.codebook.tags.length, 3);
    assert.deepEqual(store.annotations(), []);
    assert.equal(store.isRead(DOCUMENT), false);
    const changes: string[][] = [];
    store.onDidChange((change) => changes.push([...change.paths]));
    await store.readDocument(DOCUMENT);
    assert.equal(store.isRead(DOCUMENT), true);
    assert.equal(store.annotationsOn(DOCUMENT).length, 30);
    assert.deepEqual(changes, [[ZHANG_MIN_PATH]]);
    // Asked again, nothing is read again.
    await store.readDocument(DOCUMENT);
    assert.equal(changes.length, 1);
  });

  it('leaves a file of a document not read yet to the reading of that document, and reads it as it is then', async () => {
    const fs = team();
    const store = await AnnotationStore.open({ fs, library: opinionsLibrary(), notesFolder: NOTES, author: 'Li Wei', now: ticking(), read: 'asked' });
    fs.setText(ZHANG_MIN_PATH, serialise(SIDECAR_FORMAT, generateSidecar(opinions(), 5, { seed: 4, author: 'Zhang Min' })));
    await store.refresh([ZHANG_MIN_PATH]);
    assert.deepEqual(store.files().map((file) => file.path), ['notes/codebook.yaml']);
    await store.readAll();
    assert.equal(store.annotations().length, 5);
  });

  it("an edit reads only the coder's own file, not the team's others on the document (a save in a team of 400 files read them all)", async () => {
    const fs = team();
    const store = await AnnotationStore.open({ fs, library: opinionsLibrary(), notesFolder: NOTES, author: 'Li Wei', now: ticking(), read: 'asked' });
    const added = await store.add({ document: DOCUMENT, provision: 3, tags: ['innovation'] });
    assert.ok(added.ok);
    assert.equal(store.annotationsOn(DOCUMENT).length, 1);
    assert.equal(store.isRead(DOCUMENT), false);
    await store.readDocument(DOCUMENT);
    assert.equal(store.annotationsOn(DOCUMENT).length, 31);
  });

  it('lists the notes folder once for every reading of all asked for while one is under way, and again after', async () => {
    const fs = team();
    const store = await AnnotationStore.open({ fs, library: opinionsLibrary(), notesFolder: NOTES, author: 'Li Wei', now: ticking(), read: 'asked' });
    const listed: string[] = [];
    const readDirectory = fs.readDirectory.bind(fs);
    fs.readDirectory = (path) => {
      listed.push(path);
      return readDirectory(path);
    };
    await Promise.all(Array.from({ length: 50 }, () => store.readAll()));
    assert.deepEqual(listed, [NOTES, `${NOTES}/${DOCUMENT}`]);
    assert.equal(store.annotationsOn(DOCUMENT).length, 30);
    await store.readAll();
    assert.deepEqual(listed, [NOTES, `${NOTES}/${DOCUMENT}`, NOTES]);
  });
});
