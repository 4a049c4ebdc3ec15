import { localized } from '../../core/l10n/localized';
import { lstat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { NotesFileSystem } from '../../core/storage';
import { DEFAULT_LIMITS } from '../../core/yaml';
import { AnnotationStore } from '../../core/annotations/store/store';
import { Library } from '../../core/library';
import { changeLine, notesDiffText } from '../../core/teams/review/changeText';
import { SidecarDiff, SidecarVersions, diffNotes } from '../../core/teams/review/notesDiff';
import { sidecarText } from '../../core/teams/review/sidecarText';
import { Command, CommandContext, CommandOutput } from '../command';
import { NodeFileSystem } from '../../platform/nodeFileSystem';
import { readOperand } from '../operandFile';
import { UsageError } from '../usageError';
import { GitRevisionFileSystem, isGitRevision } from './gitRevisions';
import { DEFAULT_NOTES_FOLDER, notesFolderOperand } from './notesFolder';

export const diffCommand: Command = {
  name: 'diff',
  summary: 'the annotations added, removed and changed between two sidecars or two git revisions',
  details:
    `<old> and <new> are two sidecar files, or two git revisions of the notes folder ${DEFAULT_NOTES_FOLDER}/ (HEAD~1 HEAD, main feature); ` +
    'without <new>, the revision is compared with the files on disk. Annotations are matched by id and grouped by coder file: ' +
    '"+ ¶15 [privacy] en "quote…" — note…" was added, "-" removed, "~ ¶15 tags: +privacy −security; note changed" edited. ' +
    '--textconv <file> prints one sidecar as one line per annotation, for git: see "Team workflow" in the README.',
  operands: [{ name: 'old' }, { name: 'new', optional: true }],
  options: ['textconv'],
  async run({ operands: [old, current], options }, context) {
    const library = await context.library();
    if (options.has('textconv')) {
      if (current !== undefined) {
        throw new UsageError(localized('cli.textconvOneFile'));
      }
      const text = sidecarText(await readOperand(context, old, DEFAULT_LIMITS.maxBytes), library);
      return { json: { text }, text: () => text };
    }
    const { cwd } = context;
    const versions =
      (await isEntry(cwd, old)) && (current === undefined || (await isEntry(cwd, current))) ? await fileVersions(context, old, current) : await revisionVersions(cwd, old, current, library);
    return diffOutput(diffNotes(versions.files, library), versions.from, versions.to);
  },
};

interface Versions {
  readonly from: string;
  readonly to: string;
  readonly files: readonly SidecarVersions[];
}

/** Whether something is at `name`: then it is a file operand, which readOperand refuses when it is not a regular file. */
async function isEntry(cwd: string, name: string): Promise<boolean> {
  return (await lstat(resolve(cwd, name)).catch(() => undefined)) !== undefined;
}

async function fileVersions(context: CommandContext, old: string, current: string | undefined): Promise<Versions> {
  if (current === undefined) {
    throw new UsageError(localized('cli.diffNeedsTwo', old));
  }
  return { from: old, to: current, files: [{ path: current, before: await readOperand(context, old, DEFAULT_LIMITS.maxBytes), after: await readOperand(context, current, DEFAULT_LIMITS.maxBytes) }] };
}

/** Every sidecar the notes folder has in either revision (or on disk), with its bytes in each. */
async function revisionVersions(cwd: string, old: string, current: string | undefined, library: Library): Promise<Versions> {
  for (const name of [old, current]) {
    if (name !== undefined && !isGitRevision(name, cwd)) {
      throw new UsageError(localized('cli.notFileNorRevision', name));
    }
  }
  const folder = notesFolderOperand(undefined, { cwd, folder: cwd });
  const before = new GitRevisionFileSystem(old, cwd);
  const after = current === undefined ? new NodeFileSystem(cwd) : new GitRevisionFileSystem(current, cwd);
  const paths = new Set([...(await sidecarPaths(before, folder, library)), ...(await sidecarPaths(after, folder, library))]);
  const files = await Promise.all([...paths].map(async (path) => ({ path, before: await before.readFile(path), after: await after.readFile(path) })));
  return { from: old, to: current ?? 'the working tree', files };
}

/** The sidecars of a version of the folder, found the way the annotation store finds them. */
async function sidecarPaths(fs: NotesFileSystem, folder: string, library: Library): Promise<string[]> {
  const store = await AnnotationStore.open({ fs, library, notesFolder: folder, author: 'Policy Annotator' });
  return store
    .files()
    .filter((file) => file.kind === 'notes')
    .map((file) => file.path);
}

function diffOutput(diffs: readonly SidecarDiff[], from: string, to: string): CommandOutput {
  return {
    json: { from, to, files: diffs.map((diff) => ({ ...diff, changes: diff.changes.map((change) => ({ ...change, text: changeLine(change) })) })) },
    text: () => notesDiffText(diffs),
  };
}
