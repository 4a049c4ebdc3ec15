import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { autocodePassages } from '../../../src/core/autocode/autocode';
import { carryOutAutocode, planAutocode } from '../../../src/core/autocode/plan';
import { AutocodeQuery, parseAutocodeQuery } from '../../../src/core/autocode/query';
import { CODEBOOK_PATH, DOCUMENT, LI_WEI_PATH, memoryWithCodebook, openStore } from '../annotations/fixtures';
import { fixturePath } from '../helpers/fixtures';
import { opinions } from '../helpers/opinions';
import { NOTES, Workspace, cliIn } from '../teams/helpers';

function query(text: string): AutocodeQuery {
  const parsed = parseAutocodeQuery(text);
  assert.ok(!('refused' in parsed), 'refused' in parsed ? parsed.refused : '');
  return parsed;
}

/** The words each match covers in a text. */
function matched(text: string, source: string): string[] {
  return query(source).find(text).map((range) => text.slice(range.start, range.end));
}

describe('auto-coding: queries', () => {
  it('tells a search, a quoted phrase and a regular expression apart', () => {
    assert.equal(query('personal information').kind, 'search');
    assert.equal(query('"personal information"').kind, 'phrase');
    assert.equal(query('“个人信息”').kind, 'phrase');
    assert.equal(query('/个人(信息|隐私)/').kind, 'regex');
    assert.deepEqual(parseAutocodeQuery('  '), { refused: 'the query is empty: give words, a "quoted phrase" or a /regular expression/' });
    assert.match((parseAutocodeQuery('/(/') as { refused: string }).refused, /^\/\(\/ is not a regular expression: /);
  });

  it('searches as the search folds: case, width and curly quotes, at the start of words, mapped back to the text as written', () => {
    assert.deepEqual(matched('Users’ PERSONAL  Information, and ｐｅｒｓｏｎａｌ information.', "users' personal information"), ['Users’ PERSONAL  Information']);
    assert.deepEqual(matched('Regulation and regulators; deregulation.', 'regulat'), ['Regulat', 'regulat']);
    assert.deepEqual(matched('personal data and information', 'personal information'), ['personal data and information']);
    assert.deepEqual(matched('收集使用个人信息行为，保护个人隐私和信息', '个人信息'), ['个人信息']);
  });

  it('matches a quoted phrase as whole words only, and a regular expression as written', () => {
    assert.deepEqual(matched('data, database and data.', '"data"'), ['data', 'data']);
    assert.deepEqual(matched('personal data and information', '"personal information"'), []);
    assert.deepEqual(matched('用户信息和用户隐私', '/用户(?:信息|隐私)/'), ['用户信息', '用户隐私']);
    assert.deepEqual(matched('Data and data', '/data/i'), ['Data', 'data']);
    assert.deepEqual(matched('abc', '/x*/'), [], 'empty matches code nothing');
  });
});

describe('auto-coding: passages and coding', () => {
  it('codes each sentence that holds 个人信息 once, in the Chinese text, as the sentence the aligner cuts', () => {
    const passages = autocodePassages(opinions(), query('个人信息'), 'sentence');
    assert.deepEqual(
      passages.map((passage) => [passage.provision, passage.span?.language]),
      [
        [15, 'zh'],
        [16, 'zh'],
        [24, 'zh'],
      ],
    );
    const text = opinions().provisions[14].text.zh;
    assert.equal(passages[0].span && text.slice(passages[0].span.start, passages[0].span.end), passages[0].span?.exact);
    assert.match(passages[0].span?.exact ?? '', /^完善移动互联网用户信息保护制度.*个人信息行为.*。$/);
  });

  it('scopes: the whole provision once per provision, the words matched, and one language when asked', () => {
    const provisions = autocodePassages(opinions(), query('information'), 'provision');
    assert.ok(provisions.length > 3);
    assert.ok(provisions.every((passage) => passage.span === undefined));
    assert.equal(new Set(provisions.map((passage) => passage.provision)).size, provisions.length);
    const words = autocodePassages(opinions(), query('"personal information"'), 'match', 'en');
    assert.ok(words.length > 0);
    assert.ok(words.every((passage) => passage.span?.language === 'en' && /^personal information$/i.test(passage.span.exact)));
    assert.deepEqual(autocodePassages(opinions(), query('个人信息'), 'match', 'en'), []);
  });

  it('plans, codes, and adds nothing the second time; a passage coded with other tags gets the missing ones', async () => {
    const fs = memoryWithCodebook();
    const store = await openStore(fs);
    const request = { query: '个人信息', tags: ['privacy', 'security'], documents: [opinions()], scope: 'sentence' as const };
    const plan = planAutocode(store, request);
    assert.ok(!('refused' in plan));
    assert.deepEqual(plan.newTags, ['privacy']);
    assert.deepEqual(plan.passages.map((passage) => passage.status), ['new', 'new', 'new']);
    const first = await carryOutAutocode(store, plan.passages, request.tags);
    assert.ok(first.ok, first.ok ? '' : first.reason);
    assert.deepEqual(first.value, { newTags: ['privacy'], added: 3, tagged: 0, unchanged: 0 });
    assert.deepEqual(first.written, [CODEBOOK_PATH, LI_WEI_PATH]);
    const written = fs.text(LI_WEI_PATH);
    const again = planAutocode(store, request);
    assert.ok(!('refused' in again));
    assert.deepEqual(again.passages.map((passage) => passage.status), ['coded', 'coded', 'coded']);
    const second = await carryOutAutocode(store, again.passages, request.tags);
    assert.deepEqual(second, { ok: true, value: { newTags: [], added: 0, tagged: 0, unchanged: 3 }, written: [] });
    assert.equal(fs.text(LI_WEI_PATH), written);
    const more = planAutocode(store, { ...request, tags: ['innovation'] });
    assert.ok(!('refused' in more));
    assert.deepEqual(more.passages.map((passage) => passage.status), ['adds tags', 'adds tags', 'adds tags']);
    const tagged = await carryOutAutocode(store, more.passages, ['innovation']);
    assert.ok(tagged.ok);
    assert.equal(tagged.value.tagged, 3);
    assert.equal(store.annotations().length, 3);
    assert.ok(store.annotations().every((annotation) => annotation.tags.join() === 'privacy,security,innovation'));
  });

  it('refuses a bad query or no tags, writing nothing', async () => {
    const fs = memoryWithCodebook();
    const store = await openStore(fs);
    assert.deepEqual(planAutocode(store, { query: '个人信息', tags: [], documents: [opinions()], scope: 'sentence' }), { refused: 'auto-coding needs at least one tag' });
    assert.ok('refused' in planAutocode(store, { query: '/[/', tags: ['privacy'], documents: [opinions()], scope: 'sentence' }));
    assert.equal(fs.writes().length, 0);
  });
});

describe('policy-annotator autocode', () => {
  let workspace: Workspace;
  beforeEach(() => {
    workspace = new Workspace();
  });
  afterEach(() => workspace.remove());

  it('autocode 个人信息 --tags privacy --scope sentence codes each sentence that holds it, once', async () => {
    const dry = await cliIn(workspace.root, ['autocode', '个人信息', '--tags', 'privacy', '--scope', 'sentence', '--author', 'Li Wei', '--dry-run']);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /^¶15 {2}zh: 完善移动互联网用户信息保护制度/m);
    assert.match(dry.stdout, /^3 passages would be coded \[privacy\]\.$/m);
    assert.equal(existsSync(path.join(workspace.root, NOTES, DOCUMENT, 'li-wei.yaml')), false);
    const first = await cliIn(workspace.root, ['autocode', '个人信息', '--tags', 'privacy', '--scope', 'sentence', '--author', 'Li Wei']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^3 passages coded \[privacy\]\.$/m);
    const notes = workspace.read(`${NOTES}/${DOCUMENT}/li-wei.yaml`);
    assert.equal(notes.match(/tags: \[privacy\]/g)?.length, 3);
    const second = await cliIn(workspace.root, ['autocode', '个人信息', '--tags', 'privacy', '--scope', 'sentence', '--author', 'Li Wei', '--json']);
    const result = JSON.parse(second.stdout) as { added: number; unchanged: number; written: string[]; passages: { status: string }[] };
    assert.deepEqual([result.added, result.unchanged, result.written], [0, 3, []]);
    assert.deepEqual(result.passages.map((passage) => passage.status), ['coded', 'coded', 'coded']);
    assert.equal(workspace.read(`${NOTES}/${DOCUMENT}/li-wei.yaml`), notes);
  });

  it('with --folder, codes the notes of that workspace, naming the document of each passage when there are several', async () => {
    const added = await cliIn(workspace.root, ['add', fixturePath('pipl-2021.zh.md')]);
    assert.equal(added.code, 0, added.stderr);
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'policy-annotator-elsewhere-'));
    try {
      const coded = await cliIn(elsewhere, ['autocode', '个人信息', '--tags', 'privacy', '--scope', 'provision', '--author', 'Li Wei', '--folder', workspace.root]);
      assert.equal(coded.code, 0, coded.stderr);
      assert.match(coded.stdout, new RegExp(`^${DOCUMENT}:\n¶15 {2}whole provision`, 'm'));
      assert.match(coded.stdout, /^pipl-2021:\n¶1 {3}whole provision/m);
      assert.ok(existsSync(path.join(workspace.root, NOTES, 'pipl-2021', 'li-wei.yaml')));
      assert.deepEqual(readdirSync(elsewhere), []);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('adds a new tag to the codebook, and refuses bad options with exit code 2', async () => {
    const coded = await cliIn(workspace.root, ['autocode', '"personal information"', '--tags', 'Data protection', '--scope', 'match', '--language', 'en', '--author', 'Li Wei']);
    assert.equal(coded.code, 0, coded.stderr);
    assert.match(coded.stdout, /new in the codebook: data-protection\.$/m);
    assert.match(workspace.read(`${NOTES}/codebook.yaml`), /- id: data-protection\n {4}label:\n {6}en: Data protection\n/);
    for (const [argv, message] of [
      [['autocode', 'x'], 'autocode needs --tags, the tags to apply (e.g. --tags privacy)'],
      [['autocode', 'x', '--tags', 'a', '--scope', 'page'], '--scope must be provision, sentence, match, not "page"'],
      [['autocode', 'x', '--tags', 'a', '--document', 'nope'], 'there is no document "nope" (see policy-annotator list)'],
    ] as const) {
      const refused = await cliIn(workspace.root, [...argv]);
      assert.deepEqual([refused.code, refused.stderr], [2, `policy-annotator: ${message}\n`]);
    }
  });
});
