import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { AddDocumentError, PlannedAddition, SourceFile, planAddition, writeAddition } from '../../core/documents/addDocument';
import { DOCUMENTS_FOLDER } from '../../core/documents/documentFile';
import { Command } from '../command';
import { NodeFileSystem } from '../nodeFileSystem';
import { UsageError } from '../usageError';

export const addCommand: Command = {
  name: 'add',
  summary: "adds a document (a Chinese file, its translation if any) to the folder's policy-documents/",
  details:
    'Writes policy-documents/<id>/ under the current folder (or --folder): the files byte for byte and document.yaml with what was found (title, issuers, dates, number), to correct by hand. --english names the translation; one file holding both languages (the translation after the original, or interleaved) is recognised alone. --id chooses the id (by default from the file name); --revises names the document this one is a new version of. Nothing is written when the input cannot be read, has no structure, cannot be paired at all, or the id is used; a partial pairing is added and lists what is unpaired. --json prints { id, title, divisions, provisions, aligned, untranslated, unpaired }.',
  operands: [{ name: 'chinese-file' }],
  options: ['english', 'id', 'revises'],
  async run({ operands: [chineseFile], options }, context) {
    const library = await context.library();
    const englishFile = options.value('english');
    const chinese = await sourceFile(chineseFile);
    const english = englishFile === undefined ? undefined : await sourceFile(englishFile);
    const id = options.value('id');
    const revises = options.value('revises');
    let plan: PlannedAddition;
    try {
      plan = planAddition({ chinese, ...(english && { english }), ...(id !== undefined && { id }), ...(revises !== undefined && { revises }), taken: new Set(library.documents.map((document) => document.id)) });
      await writeAddition(new NodeFileSystem(context.folder), plan);
    } catch (thrown) {
      if (thrown instanceof AddDocumentError) {
        throw new UsageError(thrown.message);
      }
      throw thrown;
    }
    const { document, untranslated } = plan;
    const aligned = document.provisions.filter((provision) => provision.text.en !== '' && provision.text.zh !== '').length;
    const folder = path.join(context.folder, DOCUMENTS_FOLDER, document.id);
    return {
      json: {
        id: document.id,
        title: document.title,
        divisions: document.parts.length,
        provisions: document.provisions.length,
        aligned,
        untranslated,
        unpaired: document.unpaired,
      },
      text: () =>
        [
          `Added ${document.id}: ${[document.title.zh, document.title.en].filter(Boolean).join(' · ')}`,
          `${document.parts.length} divisions, ${document.provisions.length} provisions, ${aligned} with English (${plan.layout})`,
          ...(untranslated.length > 0 ? [`Without a translation: ${untranslated.map((number) => `#${number}`).join(', ')}`] : []),
          ...document.unpaired.map((stray) => `Unpaired English (line ${stray.line}, after #${stray.after}): ${stray.text.slice(0, 60)}…`),
          `Wrote ${folder}${path.sep} (check its document.yaml)`,
        ].join('\n'),
    };
  },
};

async function sourceFile(file: string): Promise<SourceFile> {
  try {
    return { name: path.basename(file), bytes: await readFile(file) };
  } catch (thrown) {
    const reason = thrown instanceof Error && 'code' in thrown && thrown.code === 'ENOENT' ? 'no such file' : 'cannot be read';
    throw new UsageError(`${file}: ${reason}`);
  }
}
