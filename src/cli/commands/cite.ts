import { BUILT_IN_FORMATS, defaultFormatName, renderTemplate, resolveFormats, templateFor } from '../../core/references';
import { Command } from '../command';
import { provisionNamed } from '../resolve';
import { UsageError } from '../usageError';
import { localized } from '../../core/l10n/localized';

/** Plain text is what a terminal holds, so the command line writes the editor's plain-text default. */
const DEFAULT_FORMAT = defaultFormatName('plaintext');

export const citeCommand: Command = {
  name: 'cite',
  summary: 'the reference to a provision, as the editor inserts it',
  details: `--format chooses one of the built-in formats: ${Object.keys(BUILT_IN_FORMATS).join(', ')} (default ${DEFAULT_FORMAT}). The --json output holds the document, provision, format and text.`,
  operands: [{ name: 'ref' }],
  options: ['format'],
  optionHelp: { format: 'the reference format: short, full, chinese, bilingual, markdownLink, pandoc or latex' },
  async run({ operands: [ref], options }, context) {
    const name = options.value('format') ?? DEFAULT_FORMAT;
    // The built-ins, compiled the way the editor compiles them; user formats live in VS Code's settings.
    const insertable = resolveFormats().formats.filter((format) => format.insertable);
    const format = insertable.find((candidate) => candidate.name === name);
    if (!format) {
      throw new UsageError(localized('cli.unknownFormat', name, insertable.map((candidate) => candidate.name).join(', ')));
    }
    const { provision, library } = await provisionNamed(context, ref);
    const document = library.document(provision.documentId);
    if (!document) {
      // provisionNamed found the provision in this document; this only tells the compiler.
      throw new Error(`no document ${provision.documentId}`);
    }
    const text = renderTemplate(templateFor(format, document), document, provision);
    return {
      json: { document: document.id, provision: provision.number, format: format.name, text },
      text: () => text,
    };
  },
};
