import { PdfPage, PdfTextItem } from './formatReaders';

/**
 * A PDF's text as a person reads it. A PDF draws runs of text at positions; its lines are where the
 * page ran out of width, not where the author ended a paragraph, and every page repeats its number
 * and often a running header. So: runs on one baseline make a line; a page's first or last line is
 * dropped when it is a page number or repeats on most pages (digits aside); and a line is joined to
 * the next unless it ends short of the right margin, the next is indented, or the next starts an
 * article, a chapter or an item (第三条, 第二章, 一、, （一）), which must begin a line for the parser.
 */

interface Line {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly size: number;
}

// "3", "- 3 -", "— 3 —", "第 3 页", "第3页 共12页", "3 / 12", "Page 3 of 12".
const PAGE_NUMBER = /^(?:[-–—\s]*\d+[-–—\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s+\d+(?:\s+of\s+\d+)?)$/i;
// Where the parser needs a line to begin: divisions, articles, items.
const STRUCTURE_START = /^(?:第[一二三四五六七八九十百千零〇两\d]+(?:编|分编|章|节|条)|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、]\s*\S|附件|附表|附录)/;
const DIGIT_BESIDE_IDEOGRAPH = /(?<=\d) (?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) (?=\d)/g;
const LATIN_END = /[A-Za-z0-9,;:]$/;
const LATIN_START = /^[A-Za-z0-9(]/;

export function pdfText(pages: readonly PdfPage[]): string {
  const pageLines = pages.map((page) => linesOf(page.items));
  const repeated = runningLines(pageLines);
  const body = pageLines.map((lines) => dropPageFurniture(lines, repeated));
  const all = body.flat();
  if (all.length === 0) {
    return '';
  }
  const left = margin(all.map((line) => Math.round(line.left)));
  const right = Math.max(...all.map((line) => line.right));
  const paragraphs: string[] = [];
  let current = '';
  let previous: Line | undefined;
  for (const line of all) {
    if (previous === undefined || endsParagraph(previous, line, left, right)) {
      if (current !== '') {
        paragraphs.push(current);
      }
      current = line.text;
    } else {
      current += LATIN_END.test(current) && LATIN_START.test(line.text) ? ` ${line.text}` : line.text;
    }
    previous = line;
  }
  paragraphs.push(current);
  return `${paragraphs.join('\n')}\n`;
}

/** Runs on the same baseline (within half a line), left to right; lines top to bottom. */
function linesOf(items: readonly PdfTextItem[]): Line[] {
  const drawn = items.filter((item) => item.text !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const item of drawn) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0].y - item.y) <= Math.max(row[0].height, item.height) / 2) {
      row.push(item);
    } else {
      rows.push([item]);
    }
  }
  return rows.filter((row) => row.some((item) => item.text.trim() !== '')).map((row) => {
    const sorted = row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = sorted[0].x;
    for (const item of sorted) {
      // A gap of a quarter of a character is a space that the PDF leaves out (it moves the pen instead).
      const gap = item.x - end > item.height / 4 && !/\s$/.test(text) && !/^\s/.test(item.text);
      text += gap ? ` ${item.text}` : item.text;
      end = item.x + item.width;
    }
    const size = Math.max(...sorted.map((item) => item.height));
    const first = sorted.find((item) => item.text.trim() !== '') ?? sorted[0];
    // Digits are set in a Latin font beside the ideographs, with a gap that is no space: 2022年9月2日.
    const joined = text.replace(/\s+/g, ' ').trim().replace(DIGIT_BESIDE_IDEOGRAPH, '');
    return { text: joined, left: first.x, right: end, size };
  });
}

/** The texts (digits aside) of first and last lines that repeat on at least half the pages, when there are two or more. */
function runningLines(pages: readonly Line[][]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([lines[0], lines.at(-1)].filter((line): line is Line => line !== undefined).map((line) => withoutDigits(line.text)));
    edges.forEach((edge) => counts.set(edge, (counts.get(edge) ?? 0) + 1));
  }
  const enough = Math.max(2, pages.length / 2);
  return new Set([...counts].filter(([, count]) => count >= enough).map(([text]) => text));
}

function dropPageFurniture(lines: readonly Line[], repeated: ReadonlySet<string>): Line[] {
  const furniture = (line: Line | undefined) => line !== undefined && (PAGE_NUMBER.test(line.text) || repeated.has(withoutDigits(line.text)));
  const kept = [...lines];
  // Two passes at each end: a header above a page number, a number above a footer.
  for (let pass = 0; pass < 2; pass++) {
    if (furniture(kept[0])) {
      kept.shift();
    }
    if (furniture(kept.at(-1))) {
      kept.pop();
    }
  }
  return kept;
}

function endsParagraph(previous: Line, next: Line, left: number, right: number): boolean {
  const short = previous.right < right - 1.5 * previous.size;
  const indented = next.left > left + 0.8 * next.size;
  return short || indented || STRUCTURE_START.test(next.text);
}

function withoutDigits(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, '');
}

/**
 * The body's left margin: the leftmost position at which a fair share of the lines start (a stray
 * line further left, a marginal note, is no margin; indented first lines and centred headings start
 * right of it).
 */
function margin(lefts: readonly number[]): number {
  const counts = new Map<number, number>();
  lefts.forEach((left) => counts.set(left, (counts.get(left) ?? 0) + 1));
  const enough = Math.max(2, lefts.length / 20);
  const candidates = [...counts].filter(([, count]) => count >= enough).map(([left]) => left);
  return Math.min(...(candidates.length > 0 ? candidates : lefts));
}
