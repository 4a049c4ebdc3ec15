import * as assert from 'node:assert/strict';
import { spanOf } from '../annotations/fixtures';
import { CODEBOOK, DOCUMENT, LI_WEI, NOTES, Workspace, ZHANG_MIN, cliIn } from './helpers';

describe('policy-annotator: honest about what it leaves out, and annotate', () => {
  let workspace: Workspace;
  beforeEach(async () => {
    workspace = new Workspace();
    await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 15, tags: ['privacy'] });
    await workspace.annotate('张敏', { document: DOCUMENT, provision: 15, tags: ['privacy', 'security'] }, { document: DOCUMENT, provision: 3, tags: ['innovation'] });
  });
  afterEach(() => workspace.remove());

  for (const argv of [['export', '--format', 'csv'], ['agreement'], ['stats']]) {
    it(`${argv[0]} over a notes file with errors names it on stderr and exits 1, unless --allow-errors`, async () => {
      workspace.write(ZHANG_MIN, workspace.read(ZHANG_MIN).replace('provision: 15', 'provision: 99'));
      const refused = await cliIn(workspace.root, argv);
      assert.equal(refused.code, 1);
      assert.equal(refused.stdout, '');
      assert.equal(refused.stderr, `policy-annotator: 1 notes file has errors, and what cannot be read in them is left out: ${ZHANG_MIN} (see policy-annotator check); --allow-errors goes on without it\n`);
      const allowed = await cliIn(workspace.root, [...argv, '--allow-errors']);
      assert.equal(allowed.stderr, `policy-annotator: 1 notes file has errors, and what cannot be read in them is left out: ${ZHANG_MIN} (see policy-annotator check)\n`);
      assert.equal(allowed.code, 0, allowed.stderr);
      assert.notEqual(allowed.stdout, '');
    });
  }

  it('annotate adds one annotation and prints its id, or with --json the annotation', async () => {
    const added = await cliIn(workspace.root, ['annotate', `${DOCUMENT}#3`, '--author', 'Анна Смирнова', '--tags', 'security,privacy', '--note', 'Why *here*?', '--quote', 'digital divide', '--language', 'en']);
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /^[a-z][0-9a-z]{7}\n$/);
    const file = `${NOTES}/${DOCUMENT}/анна-смирнова.yaml`;
    assert.match(workspace.read(file), new RegExp(`id: ${added.stdout.trim()}\\n {4}provision: 3\\n {4}span:\\n {6}language: en\\n {6}exact: digital divide`));
    const json = await cliIn(workspace.root, ['annotate', `${DOCUMENT}#3`, '--author', 'Анна Смирнова', '--quote', '数字鸿沟', '--json']);
    assert.equal(json.code, 0, json.stderr);
    const annotation = JSON.parse(json.stdout) as { author: string; span: { language: string; start: number } };
    assert.equal(annotation.author, 'Анна Смирнова');
    assert.deepEqual({ ...annotation.span, start: undefined }, { ...annotation.span, language: 'zh', start: undefined });
    assert.equal(annotation.span.start, spanOf(3, '数字鸿沟', 'zh').start);
    assert.equal((await cliIn(workspace.root, ['check'])).code, 0);
  });

  for (const [bad, message] of [
    [['--quote', 'words the text never had'], "the quote is not in the provision's English or Chinese text"],
    [['--quote', 'digital divide', '--language', 'fr'], '--language is en or zh, not "fr"'],
    [['--language', 'en'], '--language goes with --quote'],
  ] as const) {
    it(`annotate refuses ${bad.join(' ')} with one line and exit 2, writing nothing`, async () => {
      const before = workspace.read(LI_WEI);
      const refused = await cliIn(workspace.root, ['annotate', `${DOCUMENT}#3`, '--author', 'Li Wei', ...bad]);
      assert.deepEqual([refused.code, refused.stdout, refused.stderr], [2, '', `policy-annotator: ${message}\n`]);
      assert.equal(workspace.read(LI_WEI), before);
      assert.equal(workspace.read(`${NOTES}/codebook.yaml`), CODEBOOK);
    });
  }
});
