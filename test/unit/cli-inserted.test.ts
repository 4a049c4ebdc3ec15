import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli } from './helpers/cli';
import { fixturePath } from './helpers/fixtures';

// The model counts 第一百二十条之一 as 120.001; what a script reads must be what the notes and references write.
describe('policy-annotator JSON gives inserted articles as they are cited, "120-1"', () => {
  let folder: string;
  const json = async <T>(...argv: string[]): Promise<T> => {
    const { code, stdout, stderr } = await cli([...argv, '--folder', folder, '--json']);
    assert.equal(code, 0, stderr);
    return JSON.parse(stdout) as T;
  };

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'policy-inserted-'));
    await json('add', fixturePath('criminal-law-excerpt.zh.md'), '--id', 'criminal-law');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('in show, search, kwic and cite, while whole articles stay numbers', async () => {
    assert.equal((await json<{ number: unknown }>('show', 'criminal-law#120-1')).number, '120-1');
    assert.equal((await json<{ number: unknown }>('show', 'criminal-law#121')).number, 121);
    assert.equal((await json<{ provision: unknown }>('cite', 'criminal-law#120-1')).provision, '120-1');
    const kwic = await json<{ provision: unknown }[]>('kwic', '资助恐怖活动');
    assert.ok(kwic.some((line) => line.provision === '120-1'), JSON.stringify(kwic));
    assert.ok(kwic.every((line) => typeof line.provision === 'string' || Number.isInteger(line.provision)), JSON.stringify(kwic));
    const hits = await json<{ provision: unknown }[]>('search', '资助恐怖活动培训');
    assert.equal(hits[0]?.provision, '120-1');
  });
});
