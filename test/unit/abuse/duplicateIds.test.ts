import * as assert from 'node:assert/strict';
import { DOCUMENT, LI_WEI_PATH, memoryWithCodebook, openStore } from '../annotations/fixtures';

const AARON_PATH = `notes/${DOCUMENT}/aaron.yaml`;

describe('abuse: an annotation id copied into a teammate\'s file', () => {
  /** Li Wei's file with one annotation, which Aaron (whose file sorts first) then copies into his own. */
  async function copied() {
    const fs = memoryWithCodebook();
    const li = await openStore(fs, 'Li Wei');
    const original = await li.add({ document: DOCUMENT, provision: 3, tags: ['security'] });
    assert.ok(original.ok);
    const aaron = await openStore(fs, 'Aaron');
    assert.ok((await aaron.add({ document: DOCUMENT, provision: 1 })).ok);
    const item = (fs.text(LI_WEI_PATH) ?? '').slice((fs.text(LI_WEI_PATH) ?? '').indexOf('  - id:'));
    fs.setText(AARON_PATH, `${fs.text(AARON_PATH) ?? ''}${item}`);
    return { fs, li, id: original.value.id };
  }

  it('never blocks the saves of the coder it was copied from, in a window open before or after the copy', async () => {
    const { fs, li, id } = await copied();
    await li.refresh();
    for (const window of [li, await openStore(fs, 'Li Wei')]) {
      const saved = await window.add({ document: DOCUMENT, provision: 4 });
      assert.ok(saved.ok, saved.ok ? '' : saved.reason);
      assert.equal(window.pathOf(id), LI_WEI_PATH);
    }
  });

  it('charges the error to the file that introduced the copy', async () => {
    const { fs, li, id } = await copied();
    await li.refresh();
    const problems = (store: typeof li) => store.files().flatMap((file) => file.problems.map((problem) => [file.path, problem.message]));
    const expected = [[AARON_PATH, `duplicate id "${id}": ${LI_WEI_PATH} has an annotation with this id`]];
    assert.deepEqual(problems(li), expected);
    assert.deepEqual(problems(await openStore(fs, 'Li Wei')), expected);
  });
});
