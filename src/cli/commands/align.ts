import { Bead, alignDocument } from '../../core/align/align';
import { Library } from '../../core/library';
import { PolicyDocument, Provision, numberKey } from '../../core/model';
import { Command } from '../command';
import { GivenOptions } from '../options';
import { provisionFor } from '../resolve';
import { labelled, sideBySide } from '../text/layout';
import { UsageError } from '../usageError';
import { documentsOption } from './corpusScope';
import { localized } from '../../core/l10n/localized';

/** The beads of a provision's text, or of the preamble (no provision). */
interface Section {
  readonly document: string;
  readonly provision?: Provision;
  readonly beads: readonly Bead[];
}

export const alignCommand: Command = {
  name: 'align',
  summary: "a provision's English sentences beside the Chinese they translate (all, without <ref>)",
  details:
    'Without <ref>: the preamble, then every provision, of every document (or of each --document). One entry per bead, in order; ' +
    'either side may be empty. In JSON the preamble has "provision": null, as it is no provision.',
  operands: [{ name: 'ref', optional: true }],
  options: ['document'],
  async run({ operands: [ref], options }, context) {
    const sections = sectionsFor(await context.library(), ref, options);
    return {
      json: sections.flatMap((section) =>
        section.beads.map((bead) => ({
          document: section.document,
          provision: section.provision?.number ?? null,
          ...beadText(bead),
        })),
      ),
      text: (width) => sections.map((section) => sectionText(section, width)).join('\n\n'),
    };
  },
};

function sectionsFor(library: Library, ref: string | undefined, options: GivenOptions): Section[] {
  const documents = documentsOption(library, options);
  if (ref === undefined) {
    return documents.flatMap(documentSections);
  }
  const provision = provisionFor(library, ref);
  if (!documents.some((document) => document.id === provision.documentId)) {
    throw new UsageError(localized('cli.notInDocuments', ref, provision.documentId));
  }
  return documents
    .filter((document) => document.id === provision.documentId)
    .flatMap(documentSections)
    .filter((section) => section.provision === provision);
}

function documentSections(document: PolicyDocument): Section[] {
  const alignment = alignDocument(document);
  return [
    { document: document.id, beads: alignment.preamble },
    ...document.provisions.map((provision) => ({ document: document.id, provision, beads: alignment.provisions.get(provision.number) ?? [] })),
  ];
}

/** English sentences read with a space between them; Chinese clauses run on without one. */
function beadText(bead: Bead): { en: string; zh: string } {
  return { en: bead.en.map((segment) => segment.text).join(' '), zh: bead.zh.map((segment) => segment.text).join('') };
}

function sectionText(section: Section, width: number): string {
  const heading = section.provision
    ? labelled(`¶${numberKey(section.provision.number)}  `, [section.provision.title.en, section.provision.title.zh], width)
    : [`Preamble 序言 (${section.document})`];
  const beads = section.beads.map((bead) => {
    const { en, zh } = beadText(bead);
    return sideBySide(en, zh, width).join('\n');
  });
  return [heading.join('\n'), ...beads].join('\n\n');
}
