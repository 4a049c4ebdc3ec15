import { Citation, CitationIndex } from '../../core/corpus';
import { Library } from '../../core/library';
import { parseProvisionRef } from '../../core/reference';
import { Command, PROGRAM } from '../command';
import { provisionFor } from '../resolve';
import { UsageError } from '../usageError';
import { localized } from '../../core/l10n/localized';

export const citationsCommand: Command = {
  name: 'citations',
  summary: 'the laws and articles a provision or document cites, and the texts that cite it',
  details:
    'Recognises 《title》 (short titles too, nested 〈〉 included) with or without 第N条, 本法第N条, 前款 and 前条; a title is linked when the corpus holds the document. ' +
    '--json prints { cites: [{ document?, provision?, text }], citedBy: [{ document, provision, text }] }: document and provision in cites are those cited, in citedBy those citing.',
  operands: [{ name: 'ref' }],
  async run({ operands: [ref] }, context) {
    const library = await context.library();
    const { document, provision } = target(library, ref);
    const index = new CitationIndex(library.documents);
    const cites = index.cites(document, provision).map(({ document: cited, provision: article, text }) => ({ ...(cited !== undefined && { document: cited }), ...(article !== undefined && { provision: article }), text }));
    const citedBy = index.citedBy(document, provision).map(({ from, text }: Citation) => ({ document: from.document, provision: from.provision, text }));
    return {
      json: { cites, citedBy },
      text: () =>
        [
          `${ref} cites:`,
          ...(cites.length === 0 ? ['  nothing'] : cites.map((citation) => `  ${citation.text}${citation.document ? ` → ${citation.document}${citation.provision ? `#${citation.provision}` : ''}` : ''}`)),
          `${ref} is cited by:`,
          ...(citedBy.length === 0 ? ['  nothing in the corpus'] : citedBy.map((citation) => `  ${citation.document}#${citation.provision} ${citation.text}`)),
        ].join('\n'),
    };
  },
};

/** A provision (`id#21`) or a whole document (`id`). */
function target(library: Library, ref: string): { document: string; provision?: number } {
  if (parseProvisionRef(ref)) {
    const provision = provisionFor(library, ref);
    return { document: provision.documentId, provision: provision.number };
  }
  if (!library.document(ref)) {
    throw new UsageError(localized('cli.noDocument', ref, PROGRAM));
  }
  return { document: ref };
}
