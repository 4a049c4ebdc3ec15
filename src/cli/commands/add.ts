import { localized } from '../../core/l10n/localized';
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { AddDocumentError, PlannedAddition, SourceFile, planAddition, writeAddition } from '../../core/documents/addDocument';
import { DOCUMENTS_FOLDER } from '../../core/documents/documentFile';
import { PlannedReplacement, replaceDocument } from '../../core/documents/replaceDocument';
import { attachTranslation } from '../../core/documents/attachTranslation';
import { readCatalog } from '../../core/documents/documentCatalog';
import { numberKey } from '../../core/model';
import { importDocuments } from '../../core/documents/importDocuments';
import { sourceTexts } from '../../core/documents/sourceText';
import { NODE_FORMAT_READERS } from '../../platform/nodeFormatReaders';
import { Command, CommandContext, CommandOutput } from '../command';
import { filesToImport } from '../filesToImport';
import { GivenOptions } from '../options';
import { progressBar } from '../text/progressBar';
import { NodeFileSystem } from '../../platform/nodeFileSystem';
import { readOperand } from '../operandFile';
import { UsageError } from '../usageError';
import { DEFAULT_NOTES_FOLDER, toPosix } from './notesFolder';

export const addCommand: Command = {
  name: 'add',
  summary: "adds documents (files, folders of them, a translation) to the folder's policy-documents/",
  details:
    'Writes policy-documents/<id>/ under the current folder (or --folder): the files byte for byte and document.yaml with what was found (title, issuers, dates, number), to correct by hand. Reads .txt and .md (UTF-8 or GB18030), .docx, .pdf with a text layer and .html pages: the text of a Word document, a PDF or a page is extracted into <name>.txt beside the file, which is kept; that text is what is read, and what to correct. ' +
    'Folders (and with --recursive the folders inside them) are added file by file, in the order of their paths: each file that is read is added, a file whose content was added before is reported as present (adding a folder again adds nothing new), a file that cannot be read is refused with its reason, and the others are added still; a progress bar shows on a terminal; --json prints { added: [{ path, id, provisions, extracted }], present: [{ path, id }], refused: [{ path, reason }] }. ' +
    'One file: --english names the translation; one file holding both languages (the translation after the original, or interleaved) is recognised alone. --id chooses the id (by default from the file name); --revises names the document this one is a new version of. --english with --id and no file attaches the translation to that document (the Chinese text and the notes stay). --replace with --id replaces that document’s text (a corrected source, a text numbered otherwise): document.yaml keeps its facts, and the notes in --notes (default policy-notes) follow their words, those whose words are gone kept as orphans; --json then also prints how the notes landed. Nothing is written when the input cannot be read, has no structure, cannot be paired at all, or the id is used; a partial pairing is added and lists what is unpaired. --json prints { id, title, divisions, provisions, aligned, untranslated, unpaired }.',
  operands: [{ name: 'file|folder', optional: true, rest: true }],
  options: ['english', 'id', 'revises', 'replace', 'notes', 'recursive'],
  async run({ operands, options }, context) {
    const one = operands.length === 1 && !options.has('recursive') && !(await isFolder(path.resolve(context.cwd, operands[0])));
    if (operands.length === 0 || !one) {
      return operands.length === 0 ? attachEnglish(options, context) : addMany(operands, options, context);
    }
    const englishFile = options.value('english');
    const given = await sourceFile(context, operands[0]);
    const english = englishFile === undefined ? undefined : await sourceFile(context, englishFile);
    const id = options.value('id');
    const revises = options.value('revises');
    const fs = new NodeFileSystem(context.folder);
    const taken = await takenIds(context, fs);
    let plan: PlannedAddition | PlannedReplacement;
    try {
      const texts = await sourceTexts(given, NODE_FORMAT_READERS);
      if (options.has('replace')) {
        const current = id === undefined ? undefined : (await context.library([id])).document(id);
        if (!current || id === undefined || !taken.has(id)) {
          throw new UsageError(id === undefined ? localized('cli.addReplaceNeedsId') : localized('cli.addReplaceNotADocument', id));
        }
        plan = await replaceDocument(fs, { ...texts, ...(english && { english }), taken, current, notesFolder: notesInFolder(options.value('notes'), context) });
      } else {
        const addition = planAddition({ ...texts, ...(english && { english }), ...(id !== undefined && { id }), ...(revises !== undefined && { revises }), taken });
        await writeAddition(fs, addition);
        plan = addition;
      }
    } catch (thrown) {
      if (thrown instanceof AddDocumentError) {
        throw new UsageError(thrown.message);
      }
      throw thrown;
    }
    return addedOutput(plan, context);
  },
};

/** What adding or replacing one document found, as text and as JSON. */
function addedOutput(plan: PlannedAddition | PlannedReplacement, context: CommandContext): CommandOutput {
  const { document, untranslated } = plan;
  const aligned = document.provisions.filter((provision) => provision.text.en !== '' && provision.text.zh !== '').length;
  const folder = shown(context, path.join(DOCUMENTS_FOLDER, document.id));
  const notes = 'notes' in plan ? plan.notes.landings : undefined;
  return {
    json: {
      id: document.id,
      title: document.title,
      divisions: document.parts.length,
      provisions: document.provisions.length,
      aligned,
      untranslated,
      unpaired: document.unpaired,
      ...(notes && { notes }),
    },
    text: () =>
      [
        `${notes ? 'Replaced the text of' : 'Added'} ${document.id}: ${[document.title.zh, document.title.en].filter(Boolean).join(' · ')}`,
        `${document.parts.length} divisions, ${document.provisions.length} provisions, ${aligned} with English (${plan.layout})`,
        ...(untranslated.length > 0 ? [`Without a translation: ${untranslated.map((number) => `#${numberKey(number)}`).join(', ')}`] : []),
        ...document.unpaired.map((stray) => `Unpaired English (line ${stray.line}, after #${stray.after}): ${stray.text.slice(0, 60)}…`),
        ...(notes ? [`Notes: ${notes.exact} on the same words, ${notes.fuzzy} on reworded words, ${notes.whole} on the provision their text moved to, ${notes.orphaned} orphaned (kept with their quote)`] : []),
        `Wrote ${folder}${path.sep} (check its document.yaml)`,
      ].join('\n'),
  };
}

/** `add <folder>… [--recursive]`, or several files: each added, found present or refused, with a progress bar on a terminal. */
async function addMany(operands: readonly string[], options: GivenOptions, context: CommandContext): Promise<CommandOutput> {
  const oneOnly = (['english', 'id', 'revises', 'replace'] as const).find((name) => options.has(name));
  if (oneOnly) {
    throw new UsageError(localized('cli.addOneFileOnly', oneOnly));
  }
  const files = await filesToImport(operands, context.cwd, options.has('recursive'), (shown) => readOperand(context, shown, SOURCE_MAX_BYTES));
  const progress = context.progress;
  const summary = await importDocuments(new NodeFileSystem(context.folder), files, {
    readers: NODE_FORMAT_READERS,
    reserved: await context.embeddedIds(),
    ...(progress && { onProgress: (done: number, total: number, file: string) => progress.show(progressBar(done, total, file, progress.columns)) }),
  });
  progress?.show(undefined);
  const nothingRead = summary.added.length === 0 && summary.present.length === 0 && summary.refused.length > 0;
  return {
    json: { added: summary.added, present: summary.present, refused: summary.refused },
    exitCode: nothingRead ? 1 : 0,
    text: () =>
      [
        ...summary.added.map((added) => `added    ${added.id}  ${added.path} (${added.provisions} provisions${added.extracted ? ', text extracted' : ''})`),
        ...summary.present.map((present) => `present  ${present.id}  ${present.path}`),
        ...summary.refused.map((refused) => `refused  ${refused.path}: ${refused.reason}`),
        `${summary.added.length} added, ${summary.present.length} already present, ${summary.refused.length} refused (${shown(context, DOCUMENTS_FOLDER)}${path.sep})`,
      ].join('\n'),
  };
}

/** `add --english FILE --id ID`: the translation attached to a document of the folder, its notes kept. */
async function attachEnglish(options: GivenOptions, context: CommandContext): Promise<CommandOutput> {
  const englishFile = options.value('english');
  const id = options.value('id');
  if (englishFile === undefined || id === undefined) {
    throw new UsageError(localized('cli.addNeedsFile'));
  }
  const current = (await context.library([id])).document(id);
  if (!current || !(await isFolder(path.join(context.folder, DOCUMENTS_FOLDER, id)))) {
    throw new UsageError(localized('cli.addEnglishNeedsDocument', id));
  }
  const fs = new NodeFileSystem(context.folder);
  try {
    const english = await sourceFile(context, englishFile);
    const plan = await attachTranslation(fs, { current, english, taken: await takenIds(context, fs), notesFolder: notesInFolder(options.value('notes'), context) });
    return addedOutput(plan, context);
  } catch (thrown) {
    if (thrown instanceof AddDocumentError) {
      throw new UsageError(thrown.message);
    }
    throw thrown;
  }
}

async function isFolder(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isDirectory() ?? false;
}

/** The notes folder (--notes, from the current folder; else the workspace's policy-notes), relative to the workspace, which must hold it. */
function notesInFolder(option: string | undefined, context: CommandContext): string {
  const notes = path.relative(context.folder, option === undefined ? path.join(context.folder, DEFAULT_NOTES_FOLDER) : path.resolve(context.cwd, option));
  if (notes.startsWith('..') || path.isAbsolute(notes)) {
    throw new UsageError(localized('cli.notesOutsideFolder', String(option), context.folder));
  }
  return toPosix(notes);
}

/**
 * The ids in use: the embedded documents' and those the folder's document.yaml files declare, read
 * without parsing any text, so that adding the thousandth law costs what adding the first does.
 */
async function takenIds(context: CommandContext, fs: NodeFileSystem): Promise<Set<string>> {
  const embedded = await context.embeddedIds();
  const { entries } = await readCatalog(fs, embedded);
  return new Set([...embedded, ...entries.map((entry) => entry.record.id)]);
}

/** The longest law of the corpus (the Civil Code) is under 1 MB: a larger source is not a document's text. */
const SOURCE_MAX_BYTES = 20 * 1024 * 1024;

/** A file the user named, read as every operand is (regular files of a sane size, links confined). */
async function sourceFile(context: CommandContext, file: string): Promise<SourceFile> {
  return { name: path.basename(file), bytes: await readOperand(context, file, SOURCE_MAX_BYTES) };
}

/** A path of the workspace as the user types it: from the folder the command was typed in. */
function shown(context: CommandContext, inWorkspace: string): string {
  return path.relative(context.cwd, path.join(context.folder, inWorkspace)) || '.';
}
