import { Language } from '../model';
import { SourceLine } from './sourceLines';

/**
 * Which language each line of a file is in, and how a file holding both is laid out: the whole
 * translation before or after the whole original (as a web page quoting both), or paragraph by
 * paragraph (中英对照).
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN = /[A-Za-z]/g;

export function lineLanguage(text: string): Language {
  const ideographs = (text.match(CJK) ?? []).length;
  const letters = (text.match(LATIN) ?? []).length;
  // One ideograph says about as much as a five-letter word.
  return ideographs * 5 >= letters && ideographs > 0 ? 'zh' : 'en';
}

export type Layout = 'monolingual' | 'blocks' | 'interleaved';

export interface SplitSource {
  readonly layout: Layout;
  readonly zh: readonly SourceLine[];
  readonly en: readonly SourceLine[];
  /** Lines in neither stream: text around the document (a web page's comments after it). */
  readonly outside: readonly SourceLine[];
}

interface Run {
  readonly language: Language;
  readonly lines: SourceLine[];
  size: number;
}

// A file is bilingual when each language holds at least this share of its text.
const BILINGUAL_SHARE = 0.15;
// Interleaved files switch language at nearly every paragraph; a page quoting the original after
// its translation switches a few times at most (the page's own text around them).
const INTERLEAVED_RUNS = 4;

/** Splits the lines of one file into its Chinese and English streams. */
export function splitLanguages(lines: readonly SourceLine[]): SplitSource {
  const runs = languageRuns(lines);
  const total = runs.reduce((sum, run) => sum + run.size, 0);
  const share = (language: Language) => runs.filter((run) => run.language === language).reduce((sum, run) => sum + run.size, 0) / (total || 1);
  const main: Language = share('zh') >= share('en') ? 'zh' : 'en';
  if (share('zh') < BILINGUAL_SHARE || share('en') < BILINGUAL_SHARE) {
    return main === 'zh' ? { layout: 'monolingual', zh: lines, en: [], outside: [] } : { layout: 'monolingual', zh: [], en: lines, outside: [] };
  }
  const count = (language: Language) => runs.filter((run) => run.language === language).length;
  if (count('zh') >= INTERLEAVED_RUNS && count('en') >= INTERLEAVED_RUNS) {
    const of = (language: Language) => runs.filter((run) => run.language === language).flatMap((run) => run.lines);
    return { layout: 'interleaved', zh: of('zh'), en: of('en'), outside: [] };
  }
  return splitBlocks(runs);
}

/**
 * Two blocks: the largest run of each language is the document in that language. The text of the
 * first block's language that precedes it belongs to it (a title, a byline); whatever follows the
 * second block is outside the document (a page's comments and footer).
 */
function splitBlocks(runs: readonly Run[]): SplitSource {
  const largest = (language: Language) =>
    runs.reduce((best, run, index) => (run.language === language && (best < 0 || run.size > runs[best].size) ? index : best), -1);
  const zhRun = largest('zh');
  const enRun = largest('en');
  const [first, second] = zhRun < enRun ? [zhRun, enRun] : [enRun, zhRun];
  const streams: Record<Language, SourceLine[]> = { en: [], zh: [] };
  const outside: SourceLine[] = [];
  runs.forEach((run, index) => {
    const leadsFirst = index < first && run.language === runs[first].language;
    if (index === first || index === second || leadsFirst) {
      streams[run.language].push(...run.lines);
    } else {
      outside.push(...run.lines);
    }
  });
  return { layout: 'blocks', zh: streams.zh, en: streams.en, outside };
}

function languageRuns(lines: readonly SourceLine[]): Run[] {
  const runs: Run[] = [];
  for (const line of lines) {
    const language = lineLanguage(line.text);
    const last = runs[runs.length - 1];
    if (last?.language === language) {
      last.lines.push(line);
      last.size += line.text.length;
    } else {
      runs.push({ language, lines: [line], size: line.text.length });
    }
  }
  return runs;
}
