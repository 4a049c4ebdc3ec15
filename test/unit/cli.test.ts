import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Command } from '../../src/cli/command';
import { CliIo, run } from '../../src/cli/run';
import { displayWidth } from '../../src/cli/text/width';
import { wrap } from '../../src/cli/text/wrap';
import { opinions, SEEDS_DIR } from './helpers/opinions';

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function cli(argv: readonly string[], io: Partial<CliIo> = {}, commands?: readonly Command[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(
    argv,
    {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      cwd: process.cwd(),
      ...io,
    },
    commands,
  );
  return { code, stdout, stderr };
}

async function json<T>(argv: readonly string[]): Promise<T> {
  const { code, stdout, stderr } = await cli([...argv, '--json']);
  assert.equal(code, 0, stderr);
  return JSON.parse(stdout) as T;
}

/** Exit code 2, nothing on stdout, exactly one line on stderr. */
async function assertUsageError(argv: readonly string[], pattern: RegExp): Promise<void> {
  const { code, stdout, stderr } = await cli(argv);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /^policy-annotator: [^\n]+\n$/);
  assert.match(stderr, pattern);
}

function assertFits(text: string, columns: number): void {
  for (const line of text.split('\n')) {
    assert.ok(displayWidth(line) <= columns, `${displayWidth(line)} columns: ${line}`);
  }
}

interface Titled {
  number: number;
  title: { en: string; zh: string };
}

interface AlignedPair {
  document: string;
  provision: number | null;
  en: string;
  zh: string;
}

describe('policy-annotator', () => {
  describe('list', () => {
    it('--json: one document, 6 parts as divisions, provisions 1–24 with English and Chinese titles', async () => {
      const { documents } = await json<{ documents: { id: string; title: { en: string; zh: string }; divisions: (Titled & { id: string; provisions: Titled[] })[] }[] }>(['list']);
      assert.equal(documents.length, 1);
      assert.equal(documents[0].id, 'mobile-internet-opinions-2017');
      assert.equal(documents[0].title.zh, '关于促进移动互联网健康有序发展的意见');
      const { divisions: parts } = documents[0];
      assert.deepEqual(parts.map((part) => part.number), [1, 2, 3, 4, 5, 6]);
      assert.deepEqual(parts.map((part) => part.id), [1, 2, 3, 4, 5, 6].map((n) => `mobile-internet-opinions-2017/part-${n}`));
      const provisions = parts.flatMap((part) => part.provisions);
      assert.deepEqual(provisions.map((provision) => provision.number), Array.from({ length: 24 }, (_, index) => index + 1));
      for (const { title } of [...parts, ...provisions]) {
        assert.match(title.en, /^[A-Z][a-z]/);
        assert.match(title.zh, /^\p{Script=Han}/u);
      }
    });

    it('prints every part and provision, both languages', async () => {
      const { code, stdout } = await cli(['list']);
      assert.equal(code, 0);
      assert.match(stdout, /^I\. +Importance and overall requirements$/m);
      assert.match(stdout, /^ +¶24 +Strengthening rule of law guarantees$/m);
      assert.match(stdout, /^ +加快信息基础设施演进升级$/m);
    });
  });

  describe('show', () => {
    it('--json: the provision in both languages', async () => {
      const shown = await json<{ document: string; number: number; title: { en: string; zh: string }; text: { en: string; zh: string } }>(['show', '5']);
      assert.equal(shown.document, 'mobile-internet-opinions-2017');
      assert.equal(shown.number, 5);
      assert.equal(shown.title.en, 'Accelerating the upgrading of information infrastructure');
      assert.equal(shown.title.zh, '加快信息基础设施演进升级');
      assert.deepEqual(shown.text, opinions().provisions[4].text);
    });

    for (const ref of ['p5', '¶5', 'mobile-internet-opinions-2017#5']) {
      it(`takes the reference ${ref}`, async () => {
        assert.equal((await json<{ number: number }>(['show', ref])).number, 5);
      });
    }

    it('wraps to the terminal width, counting Chinese characters as two columns', async () => {
      for (const columns of [40, 80]) {
        const { stdout } = await cli(['show', '15'], { columns });
        assertFits(stdout, columns);
        assert.match(stdout, /伪基站/);
        assert.match(stdout, /fake base/);
      }
    });

    it('wraps to 80 columns when the output is no terminal', async () => {
      const { stdout } = await cli(['show', '1']);
      assertFits(stdout, 80);
      assert.ok(stdout.split('\n').some((line) => displayWidth(line) > 70), 'lines are filled');
    });
  });

  describe('search', () => {
    it('--json: 伪基站 finds 15 first, as document, provision, title and score', async () => {
      const hits = await json<Record<string, unknown>[]>(['search', '伪基站']);
      assert.deepEqual(Object.keys(hits[0]), ['document', 'provision', 'title', 'score']);
      assert.equal(hits[0].provision, 15);
      assert.equal(hits[0].document, 'mobile-internet-opinions-2017');
    });

    it('takes a query of several words without quotes, and typos', async () => {
      assert.equal((await json<{ provision: number }[]>(['search', 'fake', 'base', 'stations']))[0].provision, 15);
      assert.equal((await json<{ provision: number }[]>(['search', 'povrety', 'relif']))[0].provision, 12);
    });

    it('--limit N caps the hits; 10 by default', async () => {
      assert.equal((await json<unknown[]>(['search', 'mobile', '--limit', '3'])).length, 3);
      assert.equal((await json<unknown[]>(['search', 'mobile', '--limit=4'])).length, 4);
      assert.equal((await json<unknown[]>(['search', 'mobile'])).length, 10);
    });

    it('prints the titles and the sentence that matched', async () => {
      const { stdout } = await cli(['search', 'fake base stations', '--limit', '1']);
      assert.match(stdout, /^¶15 +Safeguarding users’ lawful rights and interest\n +维护用户合法权益\n +… Strengthen the attack against “fake base stations”/);
    });

    it('says so when nothing matches', async () => {
      const { code, stdout } = await cli(['search', 'zqxjvk']);
      assert.equal(code, 0);
      assert.equal(stdout, 'No provision matches "zqxjvk".\n');
      assert.deepEqual(await json<unknown[]>(['search', 'zqxjvk']), []);
    });
  });

  describe('align', () => {
    it('--json with a ref: the beads of provision 4, in order, covering both texts', async () => {
      const beads = await json<AlignedPair[]>(['align', '4']);
      assert.ok(beads.length >= 2);
      const provision = opinions().provisions[3];
      for (const bead of beads) {
        assert.deepEqual(Object.keys(bead), ['document', 'provision', 'en', 'zh']);
        assert.equal(bead.document, 'mobile-internet-opinions-2017');
        assert.equal(bead.provision, 4);
        assert.ok(bead.en !== '' || bead.zh !== '');
      }
      const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();
      assert.equal(squeeze(beads.map((bead) => bead.en).filter(Boolean).join(' ')), squeeze(provision.text.en));
      assert.equal(beads.map((bead) => bead.zh).join(''), provision.text.zh.replace(/\s+/g, ''));
    });

    it('--json without a ref: the preamble (provision null), then provisions 1–24 in order', async () => {
      const beads = await json<AlignedPair[]>(['align']);
      assert.equal(beads[0].provision, null);
      const numbers = beads.map((bead) => bead.provision).filter((number) => number !== null);
      assert.deepEqual([...new Set(numbers)], Array.from({ length: 24 }, (_, index) => index + 1));
      assert.ok(beads.findIndex((bead) => bead.provision !== null) > 0);
      assert.ok(beads.slice(beads.findIndex((bead) => bead.provision !== null)).every((bead) => bead.provision !== null));
    });

    it('prints English and Chinese side by side within the width', async () => {
      const { code, stdout } = await cli(['align', '4'], { columns: 80 });
      assert.equal(code, 0);
      assertFits(stdout, 80);
      assert.match(stdout, /^Deeply advance governmental +深入推进/m);
    });
  });

  describe('help', () => {
    for (const argv of [[], ['help'], ['--help'], ['-h']]) {
      it(`${argv.join(' ') || '(no arguments)'}: lists every command and the forms of a ref`, async () => {
        const { code, stdout, stderr } = await cli(argv);
        assert.equal(code, 0);
        assert.equal(stderr, '');
        for (const name of ['list', 'show <ref>', 'search <query…>', 'align [<ref>]', 'help']) {
          assert.ok(stdout.includes(`  ${name}`), name);
        }
        assert.match(stdout, /15, p15, ¶15 or <document>#15/);
      });
    }

    it('<command> --help and help <command>: that command', async () => {
      for (const argv of [['search', '--help'], ['help', 'search']]) {
        const { code, stdout } = await cli(argv);
        assert.equal(code, 0);
        assert.match(stdout, /^Usage: policy-annotator search <query…> \[--json\] \[--lang en\|zh\] \[--limit N\] \[--folder DIR\] \[--document ID\]$/m);
      }
    });

    it('lists each option under the commands that take it, in that command\'s words', async () => {
      const overview = (await cli(['help'])).stdout;
      assert.doesNotMatch(overview, /--limit|--format/, 'the overview lists only the options of every command');
      assert.match(overview, /^Reads, codes and cites Chinese policy and law/);
      const cite = (await cli(['help', 'cite'])).stdout;
      assert.match(cite, /--format NAME +the reference format: short, full/);
      assert.doesNotMatch(cite, /csl-json|jsonld/, "cite's help does not list other commands' formats");
      const exportHelp = await json<{ options: { option: string; description: string }[] }>(['help', 'export']);
      assert.deepEqual(exportHelp.options.find((option) => option.option === '--format NAME'), { option: '--format NAME', description: 'markdown, csv, jsonld or qdc' });
    });

    it('--json: the commands', async () => {
      const help = await json<{ commands: { name: string }[] }>(['help']);
      assert.deepEqual(help.commands.map((command) => command.name), ['add', 'list', 'show', 'search', 'align', 'cite', 'bib', 'annotate', 'check', 'diff', 'export', 'import', 'autocode', 'agreement', 'stats', 'words', 'kwic', 'related', 'citations', 'attributes', 'report', 'matrix', 'chart', 'compare', 'carry', 'merge-driver', 'help']);
    });
  });

  describe('errors: one line on stderr, exit code 2', () => {
    it('a ref to no provision', () => assertUsageError(['show', '25'], /has no provision 25 \(it has 1–24\)/));
    it('a ref that is no ref', () => assertUsageError(['align', 'fifteen'], /"fifteen" is not a provision reference/));
    it('an unknown document', () => assertUsageError(['show', 'other#5'], /unknown document "other"/));
    it('an unknown option', () => assertUsageError(['--bogus'], /unknown option --bogus/));
    it('an unknown short option', () => assertUsageError(['list', '-x'], /unknown option -x/));
    it('an option the command does not take', () => assertUsageError(['list', '--limit', '3'], /list does not take --limit/));
    it('a flag with a value', () => assertUsageError(['list', '--json=yes'], /--json takes no value/));
    it('an option without its value', () => assertUsageError(['search', 'x', '--limit'], /--limit needs a value/));
    it('a limit that is no count', () => assertUsageError(['search', 'x', '--limit', '0'], /--limit needs a whole number/));
    it('an unknown command', () => assertUsageError(['frob'], /unknown command "frob"/));
    it('help on an unknown command', () => assertUsageError(['help', 'frob'], /unknown command "frob"/));
    it('a missing operand', () => assertUsageError(['show'], /show needs <ref>/));
    it('an extra operand', () => assertUsageError(['show', '5', '6'], /show does not take "6"/));
  });

  it('reports a failure of its own in one line with exit code 1', async () => {
    const { code, stdout, stderr } = await cli(['list'], { seedsDir: path.join(tmpdir(), 'no-such-seeds') });
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^policy-annotator: [^\n]*no-such-seeds[^\n]*\n$/);
  });

  it('takes new commands from its registry', async () => {
    const echo: Command = {
      name: 'echo',
      summary: 'says its words back',
      operands: [{ name: 'words', rest: true }],
      run: ({ operands }) => ({ json: operands, text: () => operands.join(' ') }),
    };
    assert.deepEqual(await cli(['echo', 'a', 'b'], {}, [echo]), { code: 0, stdout: 'a b\n', stderr: '' });
    assert.deepEqual(await cli(['echo', '--json', '--', '-a'], {}, [echo]), { code: 0, stdout: '[\n  "-a"\n]\n', stderr: '' });
  });

  describe('text layout', () => {
    it('counts CJK characters as two columns', () => {
      assert.equal(displayWidth('伪基站'), 6);
      assert.equal(displayWidth('fake base'), 9);
      assert.equal(displayWidth('（5G）'), 6);
    });

    it('breaks Chinese between characters but never before closing punctuation', () => {
      const lines = wrap(opinions().provisions[14].text.zh, 30);
      assert.ok(lines.length > 5);
      for (const line of lines) {
        assert.ok(displayWidth(line) <= 30, line);
        assert.doesNotMatch(line, /^[,。、;”)]/);
      }
      assert.equal(lines.join(''), opinions().provisions[14].text.zh);
    });

    it('breaks English at spaces and keeps line breaks', () => {
      assert.deepEqual(wrap('one two three\nfour', 9), ['one two', 'three', 'four']);
    });
  });

  it('runs as the bundled program dist/cli.js (build with npm run build first)', function () {
    const bundle = path.resolve(SEEDS_DIR, '..', 'dist', 'cli.js');
    if (!existsSync(bundle)) {
      assert.fail(`${bundle} is missing: run npm run build first`);
    }
    // From another folder, to prove the program finds its seeds by itself.
    const child = spawnSync(process.execPath, [bundle, 'show', '5', '--json'], { cwd: tmpdir(), encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    const shown = JSON.parse(child.stdout) as { title: { en: string; zh: string } };
    assert.deepEqual(shown.title, { en: 'Accelerating the upgrading of information infrastructure', zh: '加快信息基础设施演进升级' });
    const failed = spawnSync(process.execPath, [bundle, 'show', '25'], { cwd: tmpdir(), encoding: 'utf8' });
    assert.equal(failed.status, 2);
    assert.equal(failed.stderr.split('\n').filter(Boolean).length, 1);
  });
});
