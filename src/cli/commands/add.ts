import * as path from 'node:path';
import { AddDocumentError, PlannedAddition, SourceFile, planAddition, writeAddition } from '../../core/documents/addDocument';
import { readCatalog } from '../../core/documents/documentCatalog';
import { DOCUMENTS_FOLDER } from '../../core/documents/documentFile';
import { PlannedReplacement, replaceDocument } from '../../core/documents/replaceDocument';
import { numberKey } from '../../core/model';
import { Command, CommandContext } from '../command';
import { NodeFileSystem } from '../nodeFileSystem';
import { readOperand } from '../operandFile';
import { UsageError } from '../usageError';
import { DEFAULT_NOTES_FOLDER, toPosix } from './notesFolder';

export const addCommand: Command = {
  name: 'add',
  summary: "adds a document (a Chinese file, its translation if any) to the folder's policy-documents/",
  details:
    'Writes policy-documents/<id>/ under the current folder (or --folder): the files byte for byte and document.yaml with what was found (title, issuers, dates, number), to correct by hand. --english names the translation; one file holding both languages (the translation after the original, or interleaved) is recognised alone. --id chooses the id (by default from the file name); --revises names the document this one is a new version of. --replace with --id replaces that document’s text (a corrected source, a text numbered otherwise): document.yaml keeps its facts, and the notes in --notes (default policy-notes) follow their words, those whose words are gone kept as orphans; --json then also prints how the notes landed. Nothing is written when the input cannot be read, has no structure, cannot be paired at all, or the id is used; a partial pairing is added and lists what is unpaired. --json prints { id, title, divisions, provisions, aligned, untranslated, unpaired }.',
  operands: [{ name: 'chinese-file' }],
  options: ['english', 'id', 'revises', 'replace', 'notes'],
  async run({ operands: [chineseFile], options }, context) {
    const englishFile = options.value('english');
    const chinese = await sourceFile(context, chineseFile);
    const english = englishFile === undefined ? undefined : await sourceFile(context, englishFile);
    const id = options.value('id');
    const revises = options.value('revises');
    const fs = new NodeFileSystem(context.folder);
    const taken = await takenIds(context, fs);
    let plan: PlannedAddition | PlannedReplacement;
    try {
      if (options.has('replace')) {
        const current = id === undefined ? undefined : (await context.library([id])).document(id);
        if (!current || id === undefined || !taken.has(id)) {
          throw new UsageError(`add --replace needs --id naming a document of the folder${id === undefined ? '' : `, not "${id}"`}`);
        }
        plan = await replaceDocument(fs, { chinese, ...(english && { english }), taken, current, notesFolder: notesInFolder(options.value('notes'), context) });
      } else {
        const addition = planAddition({ chinese, ...(english && { english }), ...(id !== undefined && { id }), ...(revises !== undefined && { revises }), taken });
        await writeAddition(fs, addition);
        plan = addition;
      }
    } catch (thrown) {
      if (thrown instanceof AddDocumentError) {
        throw new UsageError(thrown.message);
      }
      throw thrown;
    }
    const { document, untranslated } = plan;
    const aligned = document.provisions.filter((provision) => provision.text.en !== '' && provision.text.zh !== '').length;
    const folder = path.join(context.folder, DOCUMENTS_FOLDER, document.id);
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
  },
};

/**
 * The ids in use: the embedded documents' and those the folder's document.yaml files declare, read
 * without parsing any text, so that adding the thousandth law costs what adding the first does.
 */
async function takenIds(context: CommandContext, fs: NodeFileSystem): Promise<Set<string>> {
  const embedded = new Set((await context.library([])).documents.map((document) => document.id));
  const { entries } = await readCatalog(fs, embedded);
  return new Set([...embedded, ...entries.map((entry) => entry.record.id)]);
}

/** The notes folder (--notes, from the current folder; else the workspace's policy-notes), relative to the workspace, which must hold it. */
function notesInFolder(option: string | undefined, context: CommandContext): string {
  const notes = path.relative(context.folder, option === undefined ? path.join(context.folder, DEFAULT_NOTES_FOLDER) : path.resolve(context.cwd, option));
  if (notes.startsWith('..') || path.isAbsolute(notes)) {
    throw new UsageError(`the notes folder "${option}" is not inside the folder ${context.folder}`);
  }
  return toPosix(notes);
}

/** The longest law of the corpus (the Civil Code) is under 1 MB: a larger source is not a document's text. */
const SOURCE_MAX_BYTES = 20 * 1024 * 1024;

async function sourceFile(context: CommandContext, file: string): Promise<SourceFile> {
  return { name: path.basename(file), bytes: await readOperand(context, file, SOURCE_MAX_BYTES) };
}
