import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { load } from 'js-yaml';
import { cli } from '../helpers/cli';
import { fixturePath } from '../helpers/fixtures';
import { xlsxCells } from '../helpers/xlsxCells';

interface Matrix {
  measure: string;
  rows: { id: string; label: string }[];
  columns: { id: string; label: string }[];
  cells: number[][];
}

interface NotesFile {
  document: string;
  annotations: { provision: number; tags: string[] }[];
}

const LAWS = ['e-commerce-law-2018', 'wildlife-protection-law-2018', 'pipl-2021'];
const TAGS = ['privacy', 'security', 'data'];

describe('policy-annotator report and matrix on three autocoded laws', function () {
  this.timeout(60_000);
  let folder: string;
  // Every command but attributes reads or writes the notes, which are found from the current folder.
  const inFolder = (...argv: string[]) => cli([...argv, '--folder', folder, ...(argv[0] === 'attributes' ? [] : ['--notes', path.join(folder, 'policy-notes')])]);
  const json = async <T>(...argv: string[]): Promise<T> => {
    const { code, stdout, stderr } = await inFolder(...argv, '--json');
    assert.equal(code, 0, stderr);
    return JSON.parse(stdout) as T;
  };

  /** The provisions of each law carrying each tag, read from the notes files themselves. */
  function provisionsByTagAndLaw(): Map<string, Set<string>> {
    const found = new Map<string, Set<string>>();
    const notes = path.join(folder, 'policy-notes');
    for (const law of LAWS) {
      for (const file of readdirSync(path.join(notes, law))) {
        const content = load(readFileSync(path.join(notes, law, file), 'utf8')) as NotesFile;
        for (const annotation of content.annotations) {
          for (const tag of annotation.tags) {
            const key = `${tag} ${law}`;
            found.set(key, (found.get(key) ?? new Set()).add(String(annotation.provision)));
          }
        }
      }
    }
    return found;
  }

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'policy-findings-'));
    for (const law of LAWS) {
      await json('add', fixturePath(`${law}.zh.md`));
    }
    for (const law of LAWS) {
      await json('autocode', '个人信息', '--tags', 'privacy', '--document', law, '--author', 'alice');
      await json('autocode', '安全', '--tags', 'security', '--document', law, '--author', 'bob', '--scope', 'provision');
      await json('autocode', '数据', '--tags', 'data', '--document', law, '--author', 'alice');
    }
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('matrix --rows tags --columns documents --measure provisions counts the provisions of each law carrying each tag', async () => {
    const matrix = await json<Matrix>('matrix', '--rows', 'tags', '--columns', 'documents', '--measure', 'provisions', '--document', LAWS[0], '--document', LAWS[1], '--document', LAWS[2]);
    assert.deepEqual(matrix.rows.map((row) => row.id), TAGS);
    assert.deepEqual([...matrix.columns.map((column) => column.id)].sort(), [...LAWS].sort());
    const expected = provisionsByTagAndLaw();
    const wanted = TAGS.map((tag) => matrix.columns.map((law) => expected.get(`${tag} ${law.id}`)?.size ?? 0));
    assert.deepEqual(matrix.cells, wanted);
    assert.ok(wanted.flat().filter((count) => count > 0).length >= 5, `too little coded to test: ${JSON.stringify(wanted)}`);
  });

  it('matrix --output FILE.xlsx writes a workbook whose cells are the matrix, numbers as numbers', async () => {
    const matrix = await json<Matrix>('matrix', '--columns', 'documents', '--measure', 'provisions');
    const written = await json<{ output: string; rows: number; columns: number }>('matrix', '--columns', 'documents', '--measure', 'provisions', '--output', path.join(folder, 'matrix.xlsx'));
    assert.deepEqual([written.rows, written.columns], [matrix.rows.length, matrix.columns.length]);
    assert.deepEqual(xlsxCells(readFileSync(path.join(folder, 'matrix.xlsx'))), [
      ['Tag', ...matrix.columns.map((column) => column.label)],
      ...matrix.rows.map((row, index) => [row.label, ...matrix.cells[index]]),
    ]);
    assert.ok(matrix.cells.flat().some((count) => count > 0), 'an empty matrix would prove little');
  });

  it('--columns year adds up the laws of a year', async () => {
    const yearOf = new Map<string, string>();
    for (const law of LAWS) {
      yearOf.set(law, (await json<{ derived: { year: string[] } }>('attributes', law)).derived.year[0]);
    }
    // Two of the laws share a year, so that a column adds up two.
    await json('attributes', LAWS[1], `year=${yearOf.get(LAWS[0])}`);
    yearOf.set(LAWS[1], yearOf.get(LAWS[0])!);
    const byLaw = await json<Matrix>('matrix', '--columns', 'documents', '--measure', 'provisions');
    const byYear = await json<Matrix>('matrix', '--columns', 'year', '--measure', 'provisions');
    assert.equal(byYear.columns.length, new Set([...yearOf.values(), '2017']).size);
    for (const [column, year] of byYear.columns.entries()) {
      const laws = byLaw.columns.flatMap((law, index) => ((yearOf.get(law.id) ?? '2017') === year.id ? [index] : []));
      assert.deepEqual(
        byYear.cells.map((row) => row[column]),
        byLaw.cells.map((row) => laws.reduce((sum, index) => sum + row[index], 0)),
        `year ${year.id}`,
      );
    }
    const only = await json<Matrix>('matrix', '--columns', 'documents', '--where', `year=${yearOf.get(LAWS[0])}`);
    assert.deepEqual([...only.columns.map((column) => column.id)].sort(), [LAWS[0], LAWS[1]].sort());
  });

  it('report "privacy AND security" lists exactly the provisions that carry both', async () => {
    const entries = await json<{ document: string; provision: number; tags: string[]; author: string; text: { en: string; zh: string } }[]>('report', 'privacy AND security');
    const expected = provisionsByTagAndLaw();
    const both = LAWS.flatMap((law) => [...(expected.get(`privacy ${law}`) ?? [])].filter((provision) => expected.get(`security ${law}`)?.has(provision)).map((provision) => `${law}#${provision}`));
    assert.ok(both.length > 0, 'no provision carries both: the test would prove nothing');
    assert.deepEqual([...new Set(entries.map((entry) => `${entry.document}#${entry.provision}`))].sort(), both.sort());
    assert.ok(entries.every((entry) => entry.text.zh.length > 0 && (entry.tags.includes('privacy') || entry.tags.includes('security'))));
  });

  it('report "privacy NOT security" and "privacy OR data" select as the expressions say', async () => {
    const expected = provisionsByTagAndLaw();
    const provisions = (entries: { document: string; provision: number }[]) => new Set(entries.map((entry) => `${entry.document}#${entry.provision}`));
    const not = provisions(await json('report', 'privacy', 'NOT', 'security'));
    const or = provisions(await json('report', '(privacy OR data)'));
    for (const law of LAWS) {
      for (const provision of expected.get(`privacy ${law}`) ?? []) {
        assert.equal(not.has(`${law}#${provision}`), !expected.get(`security ${law}`)?.has(provision));
        assert.ok(or.has(`${law}#${provision}`));
      }
    }
  });

  it('bad input is a located message and exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['report', 'privacy AND (security'], /parenthesis is never closed, at character 13/],
      [['report', 'privacy AND nosuch'], /no tag "nosuch".*at character 13/],
      [['report', 'privacy', 'OR'], /a tag is missing at the end/],
      [['matrix', '--columns', 'level'], /no document has the attribute "level"/],
      [['matrix', '--tags', 'nosuch'], /no tag "nosuch"/],
      [['matrix', '--measure', 'words'], /--measure is one of passages, provisions, documents, share/],
      [['report', 'privacy', '--where', 'year'], /--where needs name=value/],
    ];
    for (const [argv, message] of cases) {
      const outcome = await inFolder(...argv);
      assert.equal(outcome.code, 2, `${argv.join(' ')}: ${outcome.stderr}`);
      assert.match(outcome.stderr, message);
    }
  });

  it('attributes sets, shows and removes an attribute, and matrix groups by it', async () => {
    const set = await json<{ attributes: Record<string, string>; derived: Record<string, string[]> }>('attributes', LAWS[2], 'level=national', 'region=全国');
    assert.deepEqual(set.attributes, { level: 'national', region: '全国' });
    assert.deepEqual(set.derived.year, ['2021']);
    assert.match(readFileSync(path.join(folder, 'policy-documents', LAWS[2], 'document.yaml'), 'utf8'), /\nattributes:\n {2}level: national\n {2}region: 全国\n/);
    const matrix = await json<Matrix>('matrix', '--columns', 'level', '--measure', 'documents');
    assert.deepEqual(matrix.columns.map((column) => column.id), ['national']);
    const expected = provisionsByTagAndLaw();
    assert.deepEqual(matrix.cells.map((row) => row[0]), TAGS.map((tag) => (expected.has(`${tag} ${LAWS[2]}`) ? 1 : 0)));
    const removed = await json<{ attributes: Record<string, string> }>('attributes', LAWS[2], 'region=');
    assert.deepEqual(removed.attributes, { level: 'national' });
    const bad = await inFolder('attributes', LAWS[2], 'level');
    assert.equal(bad.code, 2);
  });
});
