import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli } from './helpers/cli';
import { fixturePath, parseFixture } from './helpers/fixtures';
import { opinions } from './helpers/opinions';

const LAWS = ['pipl-2021.zh.md', 'anti-telecom-fraud-law-2022.zh.md', 'wildlife-protection-law-2018.zh.md', 'wildlife-protection-law-2022.zh.md', 'e-commerce-law-2018.zh.md'];

describe('policy-annotator words, kwic, related and citations over a workspace of laws', () => {
  let folder: string;
  const json = async <T>(...argv: string[]): Promise<T> => {
    const { code, stdout, stderr } = await cli([...argv, '--folder', folder, '--json']);
    assert.equal(code, 0, stderr);
    return JSON.parse(stdout) as T;
  };
  const shown = async (ref: string) => (await json<{ text: { zh: string } }>('show', ref)).text.zh;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'policy-corpus-'));
    for (const law of LAWS) {
      await json('add', fixturePath(law));
    }
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('kwic 个人信息 lists every occurrence, each left + match + right a substring of the provision', async () => {
    const lines = await json<{ document: string; provision: number; language: string; left: string; match: string; right: string }[]>('kwic', '个人信息');
    const texts = new Map<string, string>();
    for (const line of lines.filter((candidate) => candidate.language === 'zh')) {
      const ref = `${line.document}#${line.provision}`;
      texts.set(ref, texts.get(ref) ?? (await shown(ref)));
      assert.ok(texts.get(ref)!.includes(line.left + line.match + line.right), ref);
      assert.equal(line.match, '个人信息');
    }
    // Every provision of the library, those without the phrase too, counted apart from the command.
    const provisions = [opinions(), ...LAWS.map((law) => parseFixture(law).document)].flatMap((document) => document.provisions);
    const occurrences = provisions.reduce((sum, provision) => sum + provision.text.zh.split('个人信息').length - 1, 0);
    assert.equal(lines.filter((line) => line.language === 'zh').length, occurrences);
    assert.ok(occurrences > 150);
  });

  it('kwic --sort left|right orders the same lines by the words left of the match (read outwards) or right of it', async () => {
    type Line = { document: string; provision: number; left: string; right: string };
    const inOrder = await json<Line[]>('kwic', '个人信息', '--document', 'pipl-2021');
    const byLeft = await json<Line[]>('kwic', '个人信息', '--document', 'pipl-2021', '--sort', 'left');
    const byRight = await json<Line[]>('kwic', '个人信息', '--document', 'pipl-2021', '--sort', 'right');
    const same = (lines: Line[]) => lines.map((line) => JSON.stringify(line)).sort();
    assert.deepEqual(same(byLeft), same(inOrder));
    assert.deepEqual(same(byRight), same(inOrder));
    const outwards = (line: Line) => [...line.left].reverse().join('');
    const sorted = (keys: string[]) => [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    assert.deepEqual(byLeft.map(outwards), sorted(inOrder.map(outwards)));
    assert.deepEqual(byRight.map((line) => line.right), sorted(inOrder.map((line) => line.right)));
    assert.notDeepEqual(byLeft.map(outwards), inOrder.map(outwards), 'the corpus order is not already sorted');
    const refused = await cli(['kwic', '个人信息', '--sort', 'middle', '--folder', folder]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--sort takes left or right/);
  });

  it('related ranks first the article the 2022 law keeps word for word under a new number', async () => {
    const related = await json<{ document: string; provision: number; score: number; shared: string[] }[]>('related', 'wildlife-protection-law-2018#31', '--top', '3');
    assert.deepEqual([related[0].document, related[0].provision, related[0].score], ['wildlife-protection-law-2022', 32, 1]);
    assert.deepEqual(related[0].shared, [await shown('wildlife-protection-law-2022#32')]);
    assert.ok(related.length <= 3);
  });

  it('citations lists the law an article cites, and the law lists the article as citing it', async () => {
    const kwic = await json<{ document: string; provision: number }[]>('kwic', '《中华人民共和国个人信息保护法》', '--document', 'anti-telecom-fraud-law-2022');
    const [{ provision }] = kwic;
    const cited = await json<{ cites: { document?: string; text: string }[] }>('citations', `anti-telecom-fraud-law-2022#${provision}`);
    assert.ok(cited.cites.some((citation) => citation.document === 'pipl-2021'));
    const citing = await json<{ citedBy: { document: string; provision: number; text: string }[] }>('citations', 'pipl-2021');
    assert.ok(citing.citedBy.some((citation) => citation.document === 'anti-telecom-fraud-law-2022' && citation.provision === provision));
  });

  it('words --document lists words, not characters, without 的, 和 or 或者', async () => {
    const words = await json<{ word: string; count: number; documents: number; keyness: number }[]>('words', '--document', 'e-commerce-law-2018', '--top', '20');
    assert.equal(words.length, 20);
    assert.ok(words.filter(({ word }) => [...word].length >= 2).length >= 16);
    assert.ok(!words.some(({ word }) => ['的', '和', '或者'].includes(word)));
    assert.ok(words.every((word) => word.documents === 1 && typeof word.keyness === 'number'));
    const where = await json<{ word: string }[]>('words', '--where', 'year=2018', '--top', '5');
    assert.equal(where.length, 5);
    // Any attribute may be named: one no document has chooses no text.
    assert.deepEqual(await json('words', '--where', 'colour=red'), []);
    const refused = await cli(['words', '--where', 'no key', '--folder', folder]);
    assert.equal(refused.code, 2);
  });
});
