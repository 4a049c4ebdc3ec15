import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CODEBOOK_FORMAT, loadCodebook } from '../../core/annotations/files/codebookFile';
import { joinPath, writeAtomically } from '../../core/annotations/files/fileSystem';
import { hasErrors, refusalReason } from '../../core/annotations/model/problem';
import { saveFile } from '../../core/annotations/files/yamlFile';
import { DEFAULT_LIMITS } from '../../core/annotations/files/yamlSource';
import { importQdc } from '../../core/teams/export/qdcImport';
import { Command } from '../command';
import { NodeFileSystem } from '../nodeFileSystem';
import { UsageError } from '../usageError';
import { DEFAULT_NOTES_FOLDER, notesFolderOperand } from './notesFolder';

export const importCommand: Command = {
  name: 'import',
  summary: `builds or updates codebook.yaml from another tool's REFI-QDA codebook (default folder ${DEFAULT_NOTES_FOLDER})`,
  details:
    '--format qdc reads a .qdc file (or the project.qde of a .qdpx). Codes match tags by GUID (codes this program exported) or by label, ' +
    'else become new tags; nested codes get their parent; names, descriptions and #RRGGBB colours are taken; other tags, the Chinese labels ' +
    'and comments in codebook.yaml stay. A codebook with errors is not written.',
  operands: [{ name: 'file' }, { name: 'folder', optional: true }],
  options: ['format'],
  optionHelp: { format: 'qdc (a REFI-QDA codebook)' },
  async run({ operands: [file, folder], options }, context) {
    if (options.value('format') !== 'qdc') {
      throw new UsageError('import needs --format qdc (the only format it reads)');
    }
    const xml = await readFile(resolve(context.cwd, file), 'utf8').catch(() => {
      throw new UsageError(`cannot read "${file}"`);
    });
    const notesFolder = notesFolderOperand(folder, context.cwd);
    const fs = new NodeFileSystem(context.cwd, notesFolder);
    const path = joinPath(notesFolder, 'codebook.yaml');
    const bytes = await fs.readFile(path, DEFAULT_LIMITS.maxBytes);
    const previous = bytes && loadCodebook(bytes);
    if (previous && (hasErrors(previous.problems) || !previous.content)) {
      throw new Error(`${path} is not changed while ${refusalReason(previous.problems)} (see policy-annotator check)`);
    }
    const imported = importQdc(xml, previous?.content ?? { tags: [] });
    if ('error' in imported) {
      throw new Error(`${file}: ${imported.error}`);
    }
    const saved = saveFile(CODEBOOK_FORMAT, previous, imported.codebook);
    if (saved.status === 'refused') {
      throw new Error(`${path} was not written: ${saved.reason}`);
    }
    if (saved.status === 'changed') {
      const written = new TextEncoder().encode(saved.source.text);
      const check = loadCodebook(written);
      if (hasErrors(check.problems)) {
        throw new Error(`${path} was not written, as the result would be invalid: ${refusalReason(check.problems)}`);
      }
      await writeAtomically(fs, path, written);
    }
    const list = (ids: readonly string[]) => (ids.length > 0 ? ` (${ids.join(', ')})` : '');
    return {
      json: { codebook: path, written: saved.status === 'changed', added: imported.added, updated: imported.updated, unchanged: imported.unchanged },
      text: () =>
        `${path}: ${imported.added.length} tags added${list(imported.added)}, ${imported.updated.length} updated${list(imported.updated)}, ` +
        `${imported.unchanged.length} unchanged${saved.status === 'changed' ? '' : '; nothing written'}.`,
    };
  },
};
