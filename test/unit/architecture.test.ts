// The layers hold (README: How the code is organised): src/core never reaches for VS Code or the
// extension, nor the CLI for the extension; the feature folders of src/vscode depend on each other one way, so that none imports
// one that imports it back, even through a third; only the CLI's main.ts touches the process; and
// the desktop entry loads only registration (the features come from a second bundle on first use);
// the build scripts do not reach into the tests. Imports are read with the TypeScript parser.

import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

function files(folder: string, extensions: readonly string[]): string[] {
  return readdirSync(path.join(REPO_ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.some((extension) => name.endsWith(extension)) && !name.endsWith('.d.ts'))
    .map((name) => path.join(REPO_ROOT, folder, name))
    .sort();
}

/** What a file imports, as written (`vscode`, `../services`). */
function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((imported) => imported.fileName);
}

/** The repository-relative path a relative import of `file` names; undefined for a package. */
function resolved(file: string, specifier: string): string | undefined {
  return specifier.startsWith('.') ? path.relative(REPO_ROOT, path.resolve(path.dirname(file), specifier)).split(path.sep).join('/') : undefined;
}

/** The unit of src/vscode a path is in: its folder (`annotations`), or a file at the top (`services`). */
function unitOf(relativePath: string): string | undefined {
  const match = /^src\/vscode\/([^/]+?)(?:\.ts)?(?:\/|$)/.exec(relativePath);
  return match?.[1];
}

/** Cycles of the graph, as lists of units, found by Tarjan's strongly connected components. */
function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (unit: string): void => {
    index.set(unit, index.size);
    low.set(unit, index.get(unit)!);
    stack.push(unit);
    for (const next of graph.get(unit) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(unit, Math.min(low.get(unit)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(unit, Math.min(low.get(unit)!, index.get(next)!));
      }
    }
    if (low.get(unit) === index.get(unit)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        component.push(member);
      } while (member !== unit);
      if (component.length > 1) {
        found.push(component.sort());
      }
    }
  };
  [...graph.keys()].sort().forEach((unit) => index.has(unit) || visit(unit));
  return found;
}

/**
 * What loading `entry` loads: the repository-relative files (and package names) reached through
 * imports and re-exports that are not type-only, as a bundler follows them.
 */
function valueImportsFrom(entry: string): Set<string> {
  const reached = new Set<string>();
  const visit = (file: string): void => {
    if (reached.has(file)) {
      return;
    }
    reached.add(file);
    if (!file.endsWith('.ts')) {
      return;
    }
    const source = ts.createSourceFile(file, readFileSync(path.join(REPO_ROOT, file), 'utf8'), ts.ScriptTarget.ES2022);
    for (const statement of source.statements) {
      const typeOnly = ts.isImportDeclaration(statement) ? statement.importClause?.isTypeOnly === true : ts.isExportDeclaration(statement) && statement.isTypeOnly;
      const specifier = (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
      if (specifier === undefined || typeOnly || specifier === 'vscode' || specifier.startsWith('node:')) {
        continue;
      }
      const target = resolved(path.join(REPO_ROOT, file), specifier);
      visit(target === undefined ? specifier : [`${target}.ts`, `${target}/index.ts`].find((candidate) => existsSync(path.join(REPO_ROOT, candidate))) ?? target);
    }
  };
  visit(entry);
  return reached;
}

describe('the layers of the code', () => {
  it('src/core imports neither vscode nor anything outside src/core', () => {
    const offending = files('src/core', ['.ts']).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier === 'vscode' || (resolved(file, specifier) !== undefined && !resolved(file, specifier)!.startsWith('src/core/') && !resolved(file, specifier)!.startsWith('schemas/')))
        .map((specifier) => `${path.relative(REPO_ROOT, file)} imports ${specifier}`),
    );
    assert.deepEqual(offending, []);
  });

  it('the folders of src/vscode depend on each other one way: no cycle, however long', () => {
    const graph = new Map<string, Set<string>>();
    const edges = new Map<string, string[]>();
    for (const file of files('src/vscode', ['.ts'])) {
      const from = unitOf(path.relative(REPO_ROOT, file).split(path.sep).join('/'))!;
      for (const specifier of importsOf(file)) {
        const to = unitOf(resolved(file, specifier) ?? '');
        if (to !== undefined && to !== from) {
          graph.set(from, (graph.get(from) ?? new Set()).add(to));
          edges.set(`${from}→${to}`, [...(edges.get(`${from}→${to}`) ?? []), path.relative(REPO_ROOT, file)]);
        }
      }
    }
    const described = cycles(graph).map((cycle) =>
      cycle.flatMap((from) => cycle.filter((to) => graph.get(from)?.has(to)).map((to) => `${from}→${to} (${edges.get(`${from}→${to}`)!.join(', ')})`)).join('; '),
    );
    assert.deepEqual(described, []);
    // The check itself: a two-way pair is a cycle.
    assert.deepEqual(cycles(new Map([['a', new Set(['b'])], ['b', new Set(['a'])], ['c', new Set(['a'])]])), [['a', 'b']]);
  });

  it('no import cycle anywhere in src/: no file reaches itself through its imports, however long the way', () => {
    const graph = new Map<string, Set<string>>();
    for (const file of files('src', ['.ts'])) {
      const targets = importsOf(file).flatMap((specifier) => {
        const target = resolved(file, specifier);
        return target === undefined ? [] : [`${target}.ts`, `${target}/index.ts`].filter((candidate) => existsSync(path.join(REPO_ROOT, candidate)));
      });
      graph.set(path.relative(REPO_ROOT, file).split(path.sep).join('/'), new Set(targets));
    }
    assert.ok(graph.get('src/core/annotations/store/store.ts')?.size, 'the walk itself: imports are resolved to files');
    assert.deepEqual(cycles(graph), []);
  });

  it('src/core/annotations is the annotation model, its file formats and the store only: YAML and storage live in their rooms', () => {
    // The folders it may hold, and no YAML parsing of its own: its formats are written through src/core/yaml.
    const folders = readdirSync(path.join(REPO_ROOT, 'src/core/annotations'), { withFileTypes: true }).map((entry) => entry.name + (entry.isDirectory() ? '/' : ''));
    assert.deepEqual(folders.sort(), ['files/', 'model/', 'store/']);
    const parsing = files('src/core/annotations', ['.ts']).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier === 'yaml' || specifier === 'js-yaml')
        .map((specifier) => `${path.relative(REPO_ROOT, file)} imports ${specifier}`),
    );
    assert.deepEqual(parsing, []);
  });

  it('the rooms src/core/yaml and src/core/storage are entered by their index only, and depend downward only', () => {
    // yaml is below storage, storage below the annotations, documents and teams that use it.
    const rooms = ['src/core/yaml', 'src/core/storage'];
    // The port has no imports of its own, so the light startup bundle may name it without loading the room.
    const doors = new Set(['src/core/yaml/index', 'src/core/storage/index', 'src/core/storage/fileSystem']);
    const above: Record<string, RegExp> = { 'src/core/yaml': /^src\/core\/(?:storage|annotations|documents|teams)\//, 'src/core/storage': /^src\/core\/(?:annotations|documents|teams)\// };
    const offending = files('src', ['.ts']).flatMap((file) => {
      const from = path.relative(REPO_ROOT, file).split(path.sep).join('/');
      const home = rooms.find((room) => from.startsWith(`${room}/`));
      return importsOf(file).flatMap((specifier) => {
        const target = resolved(file, specifier);
        const room = rooms.find((candidate) => target?.startsWith(`${candidate}/`));
        const throughSide = room !== undefined && room !== home && !doors.has(target!);
        const upward = home !== undefined && target !== undefined && above[home].test(target);
        return throughSide || upward ? [`${from} imports ${specifier}`] : [];
      });
    });
    assert.ok(existsSync(path.join(REPO_ROOT, 'src/core/yaml/index.ts')) && existsSync(path.join(REPO_ROOT, 'src/core/storage/index.ts')), 'each room has its documented interface');
    assert.deepEqual(offending, []);
  });

  it('the command line is built on the core, not on the extension', () => {
    const offending = files('src/cli', ['.ts']).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier === 'vscode' || resolved(file, specifier)?.startsWith('src/vscode/'))
        .map((specifier) => `${path.relative(REPO_ROOT, file)} imports ${specifier}`),
    );
    assert.deepEqual(offending, []);
  });

  it('src/platform imports only the core (and node built-ins, libraries): never the CLI nor the extension', () => {
    // The desktop bundle loads the platform; what it imports upward would ride along into every host.
    const offending = files('src/platform', ['.ts']).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier === 'vscode' || (resolved(file, specifier) !== undefined && !/^src\/(?:core|platform)\//.test(resolved(file, specifier)!)))
        .map((specifier) => `${path.relative(REPO_ROOT, file)} imports ${specifier}`),
    );
    assert.ok(files('src/platform', ['.ts']).length > 0, 'the walk itself: the platform has files');
    assert.deepEqual(offending, []);
  });

  it('only src/cli/main.ts touches the process; the rest of the CLI gets it through its I/O', () => {
    const touching = files('src/cli', ['.ts'])
      .filter((file) => path.basename(file) !== 'main.ts' || path.dirname(file) !== path.join(REPO_ROOT, 'src', 'cli'))
      .filter((file) => /\bprocess\./.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(REPO_ROOT, file));
    assert.deepEqual(touching, []);
  });

  it('the desktop entry loads only registration: not the features, the notes store, the parser, the search nor YAML', () => {
    const reached = valueImportsFrom('src/extension.ts');
    assert.ok(reached.has('src/vscode/startup/index.ts'), 'the walk itself: the entry imports the startup code');
    const loadedOnFirstUse = [/^src\/vscode\/activation\.ts$/, /^src\/features\.ts$/, /^src\/core\/annotations\/store\//, /^src\/core\/yaml\//, /^src\/core\/parse\//, /^src\/core\/search\//, /^(yaml|js-yaml|fuse\.js)$/];
    assert.deepEqual([...reached].filter((module) => loadedOnFirstUse.some((pattern) => pattern.test(module))), []);
  });

  it('one rule says which workspace folder holds the research: only researchFolder.ts reads the folders', () => {
    const reading = files('src/vscode', ['.ts'])
      .filter((file) => /\bworkspaceFolders\b/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(REPO_ROOT, file).split(path.sep).join('/'));
    assert.deepEqual(reading, ['src/vscode/researchFolder.ts']);
  });

  it('the build and packaging scripts do not import the tests', () => {
    const offending = files('scripts', ['.mjs', '.js', '.ts']).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => resolved(file, specifier)?.startsWith('test/'))
        .map((specifier) => `${path.relative(REPO_ROOT, file)} imports ${specifier}`),
    );
    assert.deepEqual(offending, []);
  });

  it('files are written only by src/core/storage (and the file systems it writes through): no direct write anywhere else', () => {
    // The file systems implement the port's writeFile; everything else asks src/core/storage, which locks, merges and renames.
    const fileSystems = new Set(['src/platform/nodeFileSystem.ts', 'src/vscode/workspaceFileSystem.ts']);
    const write = /\bwriteFile(?:Sync)?\s*\(|\bfs\.write\w*|workspace\.fs\.writeFile|\b(?:appendFile|createWriteStream|writeSync)\s*\(/;
    const offending = files('src', ['.ts'])
      .map((file) => path.relative(REPO_ROOT, file).split(path.sep).join('/'))
      .filter((file) => !file.startsWith('src/core/storage/') && !fileSystems.has(file))
      .flatMap((file) =>
        readFileSync(path.join(REPO_ROOT, file), 'utf8')
          .split('\n')
          // Comments and declarations (the port's member, a read-only file system's refusal) are no writes.
          .flatMap((line, index) => (write.test(line) && !/^\s*(?:\/\/|\*|\/\*|(?:async\s+)?writeFile\s*\([^)]*\)\s*:)/.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
      );
    assert.deepEqual(offending, []);
  });
});
