import * as assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { DOCUMENT, Workspace, ZHANG_MIN, cliIn } from '../teams/helpers';

const NOTE_BYTES = 200_000;
const ALIASES = 99;

/**
 * 张敏's file: one annotation with a 200 KB note anchored as &n, and 99 more whose note is *n:
 * 200 KB on disk, 20 MB once each alias is written out (an alias of a scalar counts once against
 * the yaml library's alias limit of 100, so that limit lets it through).
 */
function aliasedSidecar(): string {
  const annotation = (index: number, note: string) =>
    [`  - id: a${String(index).padStart(7, '0')}`, `    provision: ${1 + (index % 20)}`, '    tags: [privacy]', `    note: ${note}`, '    created: 2024-05-01T09:00:00Z', '    updated: 2024-05-01T09:00:00Z'].join('\n');
  return [
    'version: 1',
    `document: ${DOCUMENT}`,
    'author: 张敏',
    'annotations:',
    annotation(0, `&n "${'x'.repeat(NOTE_BYTES)}"`),
    ...Array.from({ length: ALIASES }, (_, index) => annotation(index + 1, '*n')),
    '',
  ].join('\n');
}

describe('abuse: a small notes file whose aliases stand for a large one', function () {
  this.timeout(60_000);
  let workspace: Workspace;
  let notesBytes: number;
  beforeEach(async () => {
    workspace = new Workspace();
    await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 3, tags: ['privacy'], note: 'A note.' });
    await workspace.annotate('Анна', { document: DOCUMENT, provision: 3, tags: ['security'] });
    workspace.write(ZHANG_MIN, aliasedSidecar());
    notesBytes = statSync(path.join(workspace.root, ZHANG_MIN)).size + 10_000;
  });
  afterEach(() => workspace.remove());

  it('check refuses it, at its first alias, saying why', async () => {
    const { code, stdout } = await cliIn(workspace.root, ['check']);
    assert.equal(code, 1);
    assert.match(stdout, new RegExp(`^${ZHANG_MIN}:14:11: error: aliases refused: they expand the file to over 8 times its size; write the text out where it is used$`, 'm'));
    assert.ok(stdout.length < 1_000, `${stdout.length} characters`);
  });

  for (const argv of [['export', '--format', 'csv'], ['export', '--format', 'markdown'], ['export', '--format', 'jsonld'], ['export', '--format', 'qdc'], ['agreement'], ['stats'], ['stats', '--json']]) {
    it(`${argv.join(' ')} writes a small multiple of the notes read, never each alias over again`, async () => {
      const refused = await cliIn(workspace.root, argv);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, new RegExp(ZHANG_MIN));
      const allowed = await cliIn(workspace.root, [...argv, '--allow-errors']);
      assert.equal(allowed.code, 0, allowed.stderr);
      assert.ok(allowed.stdout.length < 8 * notesBytes, `${allowed.stdout.length} characters from ${notesBytes} bytes of notes`);
    });
  }

  it('a file that reuses a list of tags by alias is read as before', async () => {
    workspace.write(
      ZHANG_MIN,
      `version: 1\ndocument: ${DOCUMENT}\nauthor: 张敏\nannotations:\n  - id: a0000001\n    provision: 3\n    tags: &both [privacy, security]\n    created: 2024-05-01T09:00:00Z\n    updated: 2024-05-01T09:00:00Z\n  - id: a0000002\n    provision: 4\n    tags: *both\n    created: 2024-05-01T09:00:00Z\n    updated: 2024-05-01T09:00:00Z\n`,
    );
    const { code, stdout } = await cliIn(workspace.root, ['check']);
    assert.equal(code, 0, stdout);
    assert.equal((await cliIn(workspace.root, ['export', '--format', 'csv'])).stdout.split('privacy;security').length - 1, 2);
  });
});
