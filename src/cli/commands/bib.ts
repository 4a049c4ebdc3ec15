import { BIBLIOGRAPHY_FORMATS, bibliography, isBibliographyFormat } from '../../core/bibliography';
import { PolicyDocument } from '../../core/model';
import { Command } from '../command';
import { writeOutputFile } from '../outputFile';
import { UsageError } from '../usageError';
import { localized } from '../../core/l10n/localized';
import { knownIds } from '../../core/reference';

const DEFAULT_FORMAT = 'biblatex';

export const bibCommand: Command = {
  name: 'bib',
  summary: 'bibliography entries for documents (BibTeX, biblatex or CSL-JSON), keyed as the pandoc and latex formats cite them',
  details: `--format is one of ${BIBLIOGRAPHY_FORMATS.join(', ')} (default ${DEFAULT_FORMAT}). Without ids, every document of the library. Prints the entries, or writes them to --output FILE. With --json, prints the ids, the format and the entries.`,
  operands: [{ name: 'id', optional: true, rest: true }],
  options: ['format', 'output'],
  optionHelp: { format: `${BIBLIOGRAPHY_FORMATS.join(', ')} (default ${DEFAULT_FORMAT})` },
  async run({ operands, options }, context) {
    const format = options.value('format') ?? DEFAULT_FORMAT;
    if (!isBibliographyFormat(format)) {
      throw new UsageError(localized('cli.oneOf', 'bib --format', BIBLIOGRAPHY_FORMATS.join(', '), format));
    }
    const library = await context.library();
    const documents = operands.length === 0 ? library.documents : operands.map((id): PolicyDocument => {
      const document = library.document(id);
      if (!document) {
        throw new UsageError(localized('reference.unknownDocument', id, knownIds(library, id)));
      }
      return document;
    });
    const entries = bibliography(documents, format);
    const ids = documents.map((document) => document.id);
    const output = options.value('output');
    if (output === undefined) {
      return { json: { format, documents: ids, content: entries }, text: () => entries, content: true };
    }
    await writeOutputFile(context.cwd, output, entries);
    return { json: { format, documents: ids, output }, text: () => `Wrote ${ids.length} entries to ${output} (${format}).` };
  },
};
