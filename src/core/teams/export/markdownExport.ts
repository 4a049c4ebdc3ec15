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
      lines.push('');
      append(lines, documentSection(document, onDocument, tags, aligned));
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
        lines.push('', `#### ${provisionHeading(provision)}`);
        append(lines, provisionSection(onProvision, tags, aligned));
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
    const [first, ...rest] = withoutScriptLinks(annotation.note.replace(/</g, '&lt;')).split(/\r?\n/);
    lines.push(`  - ${localized('export.note', first)}`, ...rest.map((line) => (line === '' ? '' : `    ${line}`)));
  }
  return lines;
}

/** Appends `more` to `lines` one by one: `push(...more)` passes each as an argument, and 20,000 annotations overflow the stack. */
function append(lines: string[], more: readonly string[]): void {
  for (const line of more) {
    lines.push(line);
  }
}

/** `[label](target)` (a target may hold balanced parentheses) and `[label]: target`, the Markdown links whose target a renderer follows. */
const INLINE_LINK = /\[([^\]]*)\]\(((?:[^()]|\([^()]*\))*)\)/g;
const LINK_DEFINITION = /^( {0,3}\[[^\]]+\]:)\s*(\S+).*$/gm;

/**
 * A note's Markdown without the links a renderer would run or load as a page: `javascript:`,
 * `vbscript:` and `data:` targets (however they are spelt: `JavaScript:`, with spaces or control
 * characters inside, with `&#58;` for the colon). The link's text stays; a definition is emptied.
 */
function withoutScriptLinks(note: string): string {
  return note.replace(INLINE_LINK, (link, label: string, target: string) => (runs(target) ? label : link)).replace(LINK_DEFINITION, (definition, name: string, target: string) => (runs(target) ? `${name} #` : definition));
}

function runs(target: string): boolean {
  const decoded = target
    .replace(/&#x([0-9a-f]{1,6});?/gi, (_, hex: string) => character(parseInt(hex, 16)))
    .replace(/&#(\d{1,7});?/g, (_, decimal: string) => character(Number(decimal)))
    .replace(/&colon;/gi, ':');
  return /^<?(?:javascript|vbscript|data):/i.test(decoded.replace(/[\s\u0000-\u001f\u007f]/g, ''));
}

function character(codePoint: number): string {
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
}
