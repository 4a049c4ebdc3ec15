import * as assert from 'node:assert/strict';
import { loadCodebook } from '../../../src/core/annotations/files/codebookFile';
import { TAG_PALETTE } from '../../../src/core/annotations/model/tagColors';
import { labelFromId, resolveTagNames, tagIdFromName } from '../../../src/core/annotations/model/tagNames';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';
import { CODEBOOK, CODEBOOK_PATH, DOCUMENT, LI_WEI_PATH, memoryWithCodebook, openStore } from './fixtures';

const codebook = () => {
  const loaded = loadCodebook(new TextEncoder().encode(CODEBOOK)).content;
  assert.ok(loaded);
  return loaded;
};

describe('annotations: new tags while coding', () => {
  it('makes ids from names in any script, and labels from ids', () => {
    assert.equal(tagIdFromName('privacy'), 'privacy');
    assert.equal(tagIdFromName('  Data localisation '), 'data-localisation');
    assert.equal(tagIdFromName('个人信息'), '个人信息');
    assert.equal(tagIdFromName('ＡＩ governance!'), 'ai-governance');
    assert.equal(tagIdFromName('2017 rules'), 'rules');
    assert.equal(tagIdFromName('数据 安全'), '数据-安全');
    assert.equal(tagIdFromName('---'), undefined);
    assert.equal(tagIdFromName('42'), undefined);
    assert.equal(labelFromId('data-localisation'), 'Data localisation');
    assert.equal(labelFromId('个人信息'), '个人信息');
  });

  it('finds existing tags by id or by a label in either language, and makes the others', () => {
    const named = resolveTagNames(codebook(), ['security', 'Innovation', '内容管理', 'privacy', 'Data localisation', '个人信息', 'privacy']);
    assert.ok(!('refused' in named));
    assert.deepEqual(named.ids, ['security', 'innovation', 'content-control', 'privacy', 'data-localisation', '个人信息']);
    assert.deepEqual(
      named.created.map((tag) => [tag.id, tag.label.en, tag.label.zh, tag.description, tag.color]),
      [
        ['privacy', 'Privacy', 'Privacy', '', TAG_PALETTE[0]],
        ['data-localisation', 'Data localisation', 'Data localisation', '', TAG_PALETTE[1]],
        ['个人信息', '个人信息', '个人信息', '', TAG_PALETTE[2]],
      ],
    );
  });

  it('refuses a name without a letter, creating nothing', () => {
    assert.deepEqual(resolveTagNames(codebook(), ['privacy', '2024']), { refused: '"2024" cannot be a tag: a tag needs a letter (any script) in its name' });
  });

  it('provideTags writes the codebook once, only when a tag is new, and a fresh folder gets one', async () => {
    const fs = new MemoryFileSystem();
    const store = await openStore(fs);
    const provided = await store.provideTags(['privacy', '个人信息']);
    assert.ok(provided.ok);
    assert.deepEqual(provided.written, [CODEBOOK_PATH]);
    assert.match(fs.text(CODEBOOK_PATH) ?? '', /- id: privacy\n {4}label:\n {6}en: Privacy\n {6}zh: Privacy\n/);
    assert.match(fs.text(CODEBOOK_PATH) ?? '', /- id: 个人信息\n/);
    assert.deepEqual(loadCodebook(fs.files.get(CODEBOOK_PATH) ?? new Uint8Array()).problems, []);
    const again = await store.provideTags(['Privacy', '个人信息']);
    assert.deepEqual(again, { ok: true, value: { ids: ['privacy', '个人信息'], created: [] }, written: [] });
    const tagged = await store.tagProvision(DOCUMENT, 15, '个人信息');
    assert.ok(tagged.ok);
    assert.match(fs.text(LI_WEI_PATH) ?? '', /tags: \[个人信息\]/);
    assert.deepEqual(store.files().flatMap((file) => file.problems), []);
  });

  it('provideTags resolves again on the codebook as re-read, so a tag another coder just added is not added twice', async () => {
    const fs = memoryWithCodebook();
    const store = await openStore(fs);
    fs.files.set(CODEBOOK_PATH, new TextEncoder().encode(`${CODEBOOK}  - id: privacy\n    label:\n      en: Privacy\n      zh: 隐私\n    description: ""\n    color: "#000000"\n`));
    const provided = await store.provideTags(['privacy']);
    assert.ok(provided.ok);
    assert.deepEqual(provided.value.created, []);
    assert.equal((fs.text(CODEBOOK_PATH) ?? '').match(/id: privacy/g)?.length, 1);
    assert.match(fs.text(CODEBOOK_PATH) ?? '', /zh: 隐私/);
  });
});
