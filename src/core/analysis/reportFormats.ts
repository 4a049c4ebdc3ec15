import { csvField } from '../teams/export/csvExport';
import { escapeXml } from '../lib/xmlText';
import { ReportEntry, ReportGroup } from './codingReport';

export const REPORT_FORMATS = ['markdown', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The words a report writes around the passages, in the UI's language. */
export interface ReportWords {
  readonly heading: string;
  readonly tags: string;
  readonly coder: string;
  readonly quote: string;
  readonly note: string;
  readonly open: string;
  readonly none: string;
}

/**
 * Markdown for reading and pasting: a heading per document and provision, the provision's text in
 * both languages as quotes, each passage's tags, coder, quote and note. Everything the user wrote
 * is escaped (`<`, `>` and `&`), as Markdown viewers render HTML.
 */
export function markdownReport(groups: readonly ReportGroup[], words: ReportWords): string {
  const lines = [`# ${markdownText(words.heading)}`, ''];
  if (groups.length === 0) {
    lines.push(words.none, '');
  }
  for (const group of groups) {
    lines.push(`## ${markdownText(group.title)} (${group.document})`, '');
    for (const provision of group.provisions) {
      lines.push(`### [${markdownText(provision.label)}](${provision.link})`, '');
      for (const text of [provision.text.zh, provision.text.en].filter((side) => side !== '')) {
        lines.push(...text.split('\n').map((line) => `> ${markdownText(line)}`), '');
      }
      for (const passage of provision.passages) {
        lines.push(`- **${words.tags}:** ${passage.tags.map((tag) => `\`${tag}\``).join(', ')} · **${words.coder}:** ${markdownText(passage.author)}`);
        if (passage.quote !== undefined) {
          lines.push(`  - **${words.quote}:** “${markdownText(passage.quote)}”`);
        }
        if (passage.note !== undefined) {
          lines.push(`  - **${words.note}:** ${markdownText(passage.note).replace(/\n/g, ' ')}`);
        }
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}

function markdownText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One row per passage (RFC 4180, formulas neutralised, as the export writes CSV). */
export function csvReport(entries: readonly ReportEntry[]): string {
  const header = ['document', 'provision', 'tags', 'author', 'quote', 'note', 'text_zh', 'text_en'];
  const rows = entries.map((entry) => [entry.document, String(entry.provision), entry.tags.join(';'), entry.author, entry.quote ?? '', entry.note ?? '', entry.text.zh, entry.text.en]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * A page of its own, with no script and no outside resource; every text escaped, so that a tag or
 * note holding markup shows as the text it is. Links open the provision in the extension.
 */
export function htmlReport(groups: readonly ReportGroup[], words: ReportWords, language: 'en' | 'zh'): string {
  const body: string[] = [`<h1>${escapeXml(words.heading)}</h1>`];
  if (groups.length === 0) {
    body.push(`<p>${escapeXml(words.none)}</p>`);
  }
  for (const group of groups) {
    body.push(`<section><h2>${escapeXml(group.title)} <small>(${escapeXml(group.document)})</small></h2>`);
    for (const provision of group.provisions) {
      body.push(`<article><h3><a href="${escapeXml(provision.link, true)}">${escapeXml(provision.label)}</a></h3>`);
      body.push(`<div class="texts"><blockquote lang="zh">${paragraphs(provision.text.zh)}</blockquote>`);
      if (provision.text.en !== '') {
        body.push(`<blockquote lang="en">${paragraphs(provision.text.en)}</blockquote>`);
      }
      body.push('</div><ul>');
      for (const passage of provision.passages) {
        const parts = [
          `<b>${escapeXml(words.tags)}:</b> ${passage.tags.map((tag) => `<code>${escapeXml(tag)}</code>`).join(', ')}`,
          `<b>${escapeXml(words.coder)}:</b> ${escapeXml(passage.author)}`,
          ...(passage.quote !== undefined ? [`<b>${escapeXml(words.quote)}:</b> <q>${escapeXml(passage.quote)}</q>`] : []),
          ...(passage.note !== undefined ? [`<b>${escapeXml(words.note)}:</b> ${escapeXml(passage.note)}`] : []),
        ];
        body.push(`<li>${parts.join(' · ')}</li>`);
      }
      body.push('</ul></article>');
    }
    body.push('</section>');
  }
  return [
    '<!DOCTYPE html>',
    `<html lang="${language === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeXml(words.heading)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:60em;margin:auto;padding:1em}blockquote{margin:.5em 0;padding-left:1em;border-left:3px solid #999}.texts{display:grid;grid-template-columns:1fr 1fr;gap:1em}</style>',
    '</head><body>',
    ...body,
    '</body></html>',
    '',
  ].join('\n');
}

function paragraphs(text: string): string {
  return text
    .split('\n')
    .map((line) => `<p>${escapeXml(line)}</p>`)
    .join('');
}
