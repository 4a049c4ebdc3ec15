import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fixturePath } from './helpers/fixtures';
import { cli } from './helpers/cli';
import { withInsertedArticle } from './helpers/laws';

describe('policy-annotator on documents of the workspace', () => {
  let folder: string;
  const inFolder = (...argv: string[]) => cli([...argv, '--folder', folder]);
  const json = async <T>(...argv: string[]): Promise<T> => {
    const { code, stdout, stderr } = await inFolder(...argv, '--json');
    assert.equal(code, 0, stderr);
    return JSON.parse(stdout) as T;
  };

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'policy-documents-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('add --json reports the E-Commerce Law as 89 provisions in 7 chapters; show #38 gives article 38 verbatim', async () => {
    const added = await json<Record<string, unknown>>('add', fixturePath('e-commerce-law-2018.zh.md'));
    assert.deepEqual(added, {
      id: 'e-commerce-law-2018',
      title: { en: '', zh: '中华人民共和国电子商务法' },
      divisions: 7,
      provisions: 89,
      aligned: 0,
      untranslated: [],
      unpaired: [],
    });
    const shown = await json<{ document: string; number: number; label: { zh: string }; text: { en: string; zh: string } }>('show', 'e-commerce-law-2018#38');
    assert.equal(shown.document, 'e-commerce-law-2018');
    assert.equal(shown.label.zh, '第三十八条');
    assert.match(shown.text.zh, /^电子商务平台经营者知道或者应当知道.*承担连带责任。\n对关系消费者生命健康的商品或者服务，.*依法承担相应的责任。$/);
    assert.equal(shown.text.en, '');
  });

  it('bib prints the entries of the documents named, or of all, or writes them with --output', async () => {
    await json('add', fixturePath('e-commerce-law-2018.zh.md'));
    const one = await json<{ documents: string[]; content: string }>('bib', 'e-commerce-law-2018', '--format', 'csl-json');
    assert.deepEqual(one.documents, ['e-commerce-law-2018']);
    assert.deepEqual((JSON.parse(one.content) as { id: string; type: string }[]).map((item) => [item.id, item.type]), [['eCommerceLaw2018', 'legislation']]);
    const all = await inFolder('bib', '--format', 'bibtex');
    assert.equal(all.code, 0, all.stderr);
    assert.deepEqual([...all.stdout.matchAll(/^@(\w+)\{([^,]+),$/gm)].map((match) => `${match[1]} ${match[2]}`), ['misc mobileInternetOpinions2017', 'misc eCommerceLaw2018']);
    const written = await json<{ output: string }>('bib', '--output', path.join(folder, 'refs.bib'));
    assert.match(readFileSync(path.join(folder, 'refs.bib'), 'utf8'), /^@legislation\{mobileInternetOpinions2017,\n[\s\S]*\n@legislation\{eCommerceLaw2018,\n  title = \{\{中华人民共和国电子商务法\}\},/);
    assert.ok(written.output.endsWith('refs.bib'));
    const bad = await inFolder('bib', 'no-such-law', '--format', 'ris');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /bib --format is one of bibtex, biblatex, csl-json, not "ris"/);
  });

  it('add --replace replaces a law’s text with one where an article was inserted: the notes follow their words', async () => {
    await json('add', fixturePath('e-commerce-law-2018.zh.md'));
    const notes = path.join(folder, 'policy-notes');
    mkdirSync(notes);
    const quote = '电子商务平台经营者知道或者应当知道';
    const annotated = await json<{ id: string; provision: number }>('annotate', 'e-commerce-law-2018#38', '--quote', quote, '--note', 'joint liability', '--author', 'Li Wei', '--notes', notes);
    assert.equal(annotated.provision, 38);
    const corrected = path.join(folder, 'corrected.zh.md');
    writeFileSync(corrected, withInsertedArticle(readFileSync(fixturePath('e-commerce-law-2018.zh.md'), 'utf8')));
    const taken = await inFolder('add', corrected, '--id', 'e-commerce-law-2018');
    assert.equal(taken.code, 2);
    const replaced = await json<{ provisions: number; notes: Record<string, number> }>('add', corrected, '--id', 'e-commerce-law-2018', '--replace');
    assert.equal(replaced.provisions, 90);
    assert.deepEqual(replaced.notes, { exact: 1, fuzzy: 0, whole: 0, orphaned: 0 });
    const sidecar = readFileSync(path.join(notes, 'e-commerce-law-2018', 'li-wei.yaml'), 'utf8');
    assert.match(sidecar, new RegExp(`\\n  - id: ${annotated.id}\\n    provision: 39\\n`));
    assert.match(sidecar, /\n      exact: 电子商务平台经营者知道或者应当知道\n/);
    const shown = await json<{ text: { zh: string } }>('show', 'e-commerce-law-2018#39');
    assert.ok(shown.text.zh.startsWith(quote));
  });

  it('show and cite read only the document they name: a broken other document is not read, and the named one is kept in the cache', async () => {
    await json('add', fixturePath('e-commerce-law-2018.zh.md'));
    const broken = path.join(folder, 'policy-documents', 'broken');
    mkdirSync(broken);
    writeFileSync(path.join(broken, 'document.yaml'), 'version: 1\nid: broken\nfiles:\n  chinese: missing.md\n');
    const unreadable = path.join(folder, 'policy-documents', 'unreadable');
    mkdirSync(path.join(unreadable, 'document.yaml'), { recursive: true });
    for (const argv of [['show', 'e-commerce-law-2018#38'], ['cite', 'e-commerce-law-2018#38'], ['show', '3'], ['list', '--document', 'e-commerce-law-2018']]) {
      const { code, stderr } = await inFolder(...argv);
      assert.equal(code, 0, argv.join(' '));
      assert.equal(stderr, '', `${argv.join(' ')} read no other document`);
    }
    const listed = await inFolder('list');
    assert.match(listed.stderr, /broken[\\/]document\.yaml:1:1: the chinese file "missing\.md" is missing/, 'the whole library does read it');
    assert.match(listed.stderr, /unreadable[\\/]document\.yaml:1:1: this is a folder/, 'a folder where document.yaml should be is reported, not fatal');
    assert.equal(listed.code, 0);
    assert.deepEqual(readdirSync(path.join(folder, 'policy-documents', '.cache', 'documents')).sort(), ['e-commerce-law-2018.json']);
    assert.equal(readFileSync(path.join(folder, 'policy-documents', '.cache', '.gitignore'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#')).join(), '*');
    const cited = await json<{ text: string }>('cite', 'e-commerce-law-2018#38', '--format', 'chinese');
    assert.equal(cited.text, '《中华人民共和国电子商务法》第三十八条');
  });

  it('adds the 一、-numbered regulation with its items as provisions; list --document nests nothing and lists 12', async () => {
    await json('add', fixturePath('ports-opening-provisions-1985.zh.md'));
    const { documents } = await json<{ documents: { id: string; divisions: unknown[]; provisions: { number: number; label: { zh: string } }[] }[] }>(
      'list',
      '--document',
      'ports-opening-provisions-1985',
    );
    assert.deepEqual(documents.map((document) => document.id), ['ports-opening-provisions-1985']);
    assert.deepEqual(documents[0].divisions, []);
    assert.deepEqual(documents[0].provisions.map((provision) => provision.label.zh), ['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、', '十一、', '十二、']);
  });

  it('adds a law with its translation, pairs every article and aligns each Chinese paragraph with its own English one; one interleaved file gives the same', async () => {
    const added = await json<{ provisions: number; aligned: number }>('add', fixturePath('pipl-2021.zh.md'), '--english', fixturePath('pipl-2021.en.md'), '--id', 'pipl');
    assert.equal(added.provisions, 74);
    assert.equal(added.aligned, 74);
    const beads = await json<{ document: string; provision: number; en: string; zh: string }[]>('align', 'pipl#3');
    assert.deepEqual(
      beads.map((bead) => [bead.zh.slice(0, 6), bead.en.slice(0, 24)]),
      [
        ['在中华人民共', 'This Law shall apply to '],
        ['在中华人民共', 'This Law shall also appl'],
        ['（一）以向境', '(1) for the purpose of p'],
        ['（二）分析、', '(2) analyzing or evaluat'],
        ['（三）法律、', '(3) any other circumstan'],
      ],
    );
    // --document keeps align to the documents it names, as on every command that reads documents.
    const only = await json<{ document: string; provision: number | null }[]>('align', '--document', 'pipl');
    assert.deepEqual([...new Set(only.map((bead) => bead.document))], ['pipl']);
    assert.equal(new Set(only.flatMap((bead) => (bead.provision === null ? [] : [bead.provision]))).size, 74);
    const elsewhere = await inFolder('align', 'pipl#3', '--document', 'mobile-internet-opinions-2017');
    assert.equal(elsewhere.code, 2);
    assert.match(elsewhere.stderr, /pipl#3 is in pipl, which no --document names/);
    await json('add', fixturePath('pipl-2021.zh-en.md'), '--id', 'pipl-interleaved');
    const [one, other] = await Promise.all([json<{ text: unknown }>('show', 'pipl#38'), json<{ text: unknown }>('show', 'pipl-interleaved#38')]);
    assert.deepEqual(one.text, other.text);
    const hits = await json<{ document: string; provision: number }[]>('search', '标准合同', '--limit', '3');
    assert.deepEqual(hits.slice(0, 2).map((hit) => `${hit.document}#${hit.provision}`).sort(), ['pipl#38', 'pipl-interleaved#38']);
    const cite = async (format: string) => (await json<{ text: string }>('cite', 'pipl#38', '--format', format)).text;
    assert.equal(await cite('chinese'), '《中华人民共和国个人信息保护法》第三十八条');
    assert.equal(await cite('short'), 'Personal Information Protection Law, Art. 38');
    assert.equal(await cite('pandoc'), '[@personalInformationProtectionLaw2021, art. 38]');
    assert.equal(await cite('latex'), '\\cite[art.~38]{personalInformationProtectionLaw2021}');
  });

  it('add --revises records the earlier version in document.yaml, and compare accounts for every article of the Wildlife Protection Law once', async () => {
    await json('add', fixturePath('wildlife-protection-law-2018.zh.md'), '--id', 'wildlife-2018');
    await json('add', fixturePath('wildlife-protection-law-2022.zh.md'), '--id', 'wildlife-2022', '--revises', 'wildlife-2018');
    const record = readFileSync(path.join(folder, 'policy-documents', 'wildlife-2022', 'document.yaml'), 'utf8');
    assert.match(record, /^revises: wildlife-2018$/m);
    const compared = await json<{ old: string; new: string; changes: { kind: string; old: number | null; new: number | null }[] }>('compare', 'wildlife-2018', 'wildlife-2022');
    const olds = compared.changes.flatMap((change) => (change.old === null ? [] : [change.old])).sort((a, b) => a - b);
    assert.deepEqual(olds, Array.from({ length: olds.length }, (_, index) => index + 1));
    assert.deepEqual(compared.changes.filter((change) => change.kind === 'renumbered').map((change) => [change.old, change.new]).slice(0, 1), [[31, 32]]);
    const refused = await inFolder('add', fixturePath('e-commerce-law-2018.zh.md'), '--revises', 'no-such-law');
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /no document "no-such-law"/);
  });

  it('refuses bad input in one located line with exit code 2 and writes nothing', async () => {
    await json('add', fixturePath('ports-opening-provisions-1985.zh.md'));
    const before = readdirSync(path.join(folder, 'policy-documents'));
    const refusals: [string[], RegExp][] = [
      [['add', fixturePath('ports-opening-provisions-1985.zh.md'), '--id', 'ports-opening-provisions-1985'], /the id "ports-opening-provisions-1985" is already used/],
      [['add', fixturePath('README.md')], /README\.md:1: no Chinese text found/],
      [['add', fixturePath('pipl-2021.zh.md'), '--english', fixturePath('README.md')], /README\.md:1: the translation has no provisions to pair/],
      [['add', path.join(folder, 'missing.md')], /missing\.md: no such file/],
    ];
    for (const [argv, message] of refusals) {
      const { code, stdout, stderr } = await inFolder(...argv);
      assert.equal(code, 2, argv.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /^policy-annotator: [^\n]+\n$/);
      assert.match(stderr, message);
    }
    assert.deepEqual(readdirSync(path.join(folder, 'policy-documents')), before);
  });
});
