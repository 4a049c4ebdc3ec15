import { localized } from '../../core/l10n/localized';
import { CODEBOOK_FORMAT, loadCodebook } from '../../core/annotations/files/codebookFile';
import { joinPath, writeUserFile } from '../../core/storage';
import { DEFAULT_LIMITS, hasErrors, refusalReason, saveFile } from '../../core/yaml';
import { QdcImport, importQdc } from '../../core/teams/export/qdcImport';
import { Command } from '../command';
import { NodeFileSystem } from '../../platform/nodeFileSystem';
import { readOperand } from '../operandFile';
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
      throw new UsageError(localized('cli.importFormat'));
    }
    const xml = new TextDecoder().decode(await readOperand(context, file, QDC_MAX_BYTES));
    const notesFolder = notesFolderOperand(folder, context);
    const fs = new NodeFileSystem(context.cwd, notesFolder);
    const path = joinPath(notesFolder, 'codebook.yaml');
    let imported: QdcImport | undefined;
    // Merged, under the codebook's lock, with the codebook as it is then: a tag autocode adds meanwhile stays.
    const written = await writeUserFile(
      fs,
      path,
      (bytes) => {
        const merged = mergeImport(path, file, xml, bytes);
        imported = merged.imported;
        return merged.bytes;
      },
      DEFAULT_LIMITS.maxBytes,
    );
    const { added, updated, unchanged } = imported!;
    const list = (ids: readonly string[]) => (ids.length > 0 ? ` (${ids.join(', ')})` : '');
    return {
      json: { codebook: path, written, added, updated, unchanged },
      text: () =>
        `${path}: ${added.length} tags added${list(added)}, ${updated.length} updated${list(updated)}, ` +
        `${unchanged.length} unchanged${written ? '' : '; nothing written'}.`,
    };
  },
};

/** A .qdc codebook is a few hundred kilobytes for thousands of codes. */
const QDC_MAX_BYTES = 50 * 1024 * 1024;

/** The codebook `bytes` (undefined: none yet) with the codes of `xml`; bytes undefined when nothing changes. Throws what refuses it. */
function mergeImport(path: string, file: string, xml: string, bytes: Uint8Array | undefined): { readonly imported: QdcImport; readonly bytes: Uint8Array | undefined } {
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
  if (saved.status === 'unchanged') {
    return { imported, bytes: undefined };
  }
  const written = new TextEncoder().encode(saved.source.text);
  const check = loadCodebook(written);
  if (hasErrors(check.problems)) {
    throw new Error(`${path} was not written, as the result would be invalid: ${refusalReason(check.problems)}`);
  }
  return { imported, bytes: written };
}
