import { Annotation, Tag } from '../../annotations/model/annotation';
import { Language, Part, PolicyDocument, Provision } from '../../model';
import { escapeMarkdown } from '../../references/quote';
import { nestedTitle } from '../../references/template';
import { AlignedQuotes } from './alignedQuote';
import { ExportInput } from './exportInput';
import { localized } from '../../l10n/localized';

const UNTAGGED = 'Untagged · 无标签';
const LANGUAGE_NAME: Readonly<Record<Language, string>> = { en: 'EN', zh: 'ZH' };

/**
 * A report to read or share: for each document, part and provision that has annotations, the
 * annotations under each of their tags (codebook order, then unknown tags, then untagged ones),
 * so an annotation with two tags is listed twice. A span shows its quote and the aligned
 * sentences of the other language; notes are Markdown and appear as written.
 */
export function markdownExport(input: ExportInput): string {
  const aligned = new AlignedQuotes(input.library);
  const tags = new Map(input.codebook.tags.map((tag) => [tag.id, tag]));
  const coders = [...new Set(input.annotations.map((annotation) => annotation.author))];
  const lines: string[] = [
    localized('export.title'),
    '',
    input.annotations.length === 0
      ? localized('export.none')
      : input.annotations.length === 1
        ? localized('export.countOne', coders.map(escapeMarkdown).join(', '))
        : localized('export.count', input.annotations.length, coders.map(escapeMarkdown).join(', ')),
  ];
  for (const document of input.library.documents) {
    const onDocument = input.annotations.filter((annotation) => annotation.document === document.id);
    if (onDocument.length > 0) {
      lines.push('', ...documentSection(document, onDocument, tags, aligned));
    }
  }
  return `${lines.join('\n')}\n`;
}

function documentSection(document: PolicyDocument, annotations: readonly Annotation[], tags: ReadonlyMap<string, Tag>, aligned: AlignedQuotes): string[] {
  const lines = [`## ${escapeMarkdown(document.title.en)}`, '', `《${nestedTitle(document.title.zh)}》 (${document.date}, \`${document.id}\`)`];
  for (const part of document.parts) {
    const inPart = part.provisions.filter((provision) => annotations.some((annotation) => annotation.provision === provision.number));
    if (inPart.length > 0) {
      lines.push('', `### ${partHeading(part)}`);
      for (const provision of inPart) {
        const onProvision = annotations.filter((annotation) => annotation.provision === provision.number);
        lines.push('', `#### ${provisionHeading(provision)}`, ...provisionSection(onProvision, tags, aligned));
      }
    }
  }
  return lines;
}

function partHeading(part: Part): string {
  return `${part.numeral.en}. ${escapeMarkdown(part.title.en)} · ${part.numeral.zh}、${escapeMarkdown(part.title.zh)}`;
}

function provisionHeading(provision: Provision): string {
  return `¶${provision.number} ${escapeMarkdown(provision.title.en)} · ${escapeMarkdown(provision.title.zh)}`;
}

function provisionSection(annotations: readonly Annotation[], tags: ReadonlyMap<string, Tag>, aligned: AlignedQuotes): string[] {
  const used = new Set(annotations.flatMap((annotation) => annotation.tags));
  const order = [...[...tags.keys()].filter((id) => used.has(id)), ...[...used].filter((id) => !tags.has(id)).sort()];
  const groups: [string, Annotation[]][] = order.map((id) => [tagHeading(id, tags.get(id)), annotations.filter((annotation) => annotation.tags.includes(id))]);
  const untagged = annotations.filter((annotation) => annotation.tags.length === 0);
  if (untagged.length > 0) {
    groups.push([UNTAGGED, untagged]);
  }
  return groups.flatMap(([heading, members]) => ['', `**${heading}**`, '', ...members.flatMap((annotation) => entry(annotation, aligned))]);
}

function tagHeading(id: string, tag: Tag | undefined): string {
  return tag ? `${escapeMarkdown(tag.label.en)} · ${escapeMarkdown(tag.label.zh)}` : localized('export.notInCodebook', escapeMarkdown(id));
}

function entry(annotation: Annotation, aligned: AlignedQuotes): string[] {
  const span = annotation.span;
  const lines = [`- ${escapeMarkdown(annotation.author)}, ${annotation.updated.slice(0, 10)}${span ? '' : localized('export.wholeProvision')} (\`${annotation.id}\`)`];
  if (span) {
    lines.push(`  - ${LANGUAGE_NAME[span.language]}: “${escapeMarkdown(span.exact)}”`);
    const other = aligned.of(annotation);
    if (other !== undefined) {
      lines.push(`  - ${localized('export.aligned', LANGUAGE_NAME[span.language === 'en' ? 'zh' : 'en'])}: “${escapeMarkdown(other)}”`);
    }
  }
  if (annotation.note !== undefined) {
    // A note is Markdown and stays so, but not HTML: a tag in it would run in whatever renders the export.
    const [first, ...rest] = annotation.note.replace(/</g, '&lt;').split(/\r?\n/);
    lines.push(`  - ${localized('export.note', first)}`, ...rest.map((line) => (line === '' ? '' : `    ${line}`)));
  }
  return lines;
}
