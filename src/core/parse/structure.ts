import { Language } from '../model';
import { LineToken, readLine } from './grammar';
import { ProvisionUnit, StructurePlan } from './outline';
import { SourceLine } from './sourceLines';

/**
 * Decides from the text, never from a file name, which lines are the provisions of a document:
 * - 第X条 articles wherever there are any (laws and regulations; 款 and 项 stay inside them);
 * - otherwise, 一、 headings over paragraphs numbered 1. 2. … on across the headings
 *   (the Opinions: the headings are parts, the paragraphs provisions);
 * - otherwise 一、 items (a regulation numbered 一、二、…, its (一) and 1. inside the items);
 * - otherwise numbered paragraphs;
 * - otherwise (a judicial reply, a case report) the text's paragraphs.
 */
export function planFromOriginal(lines: readonly SourceLine[]): StructurePlan {
  const tokens = lines.filter((line) => !line.front).map((line) => readLine(line.text, 'zh', line.heading > 0));
  const numbersOf = (kind: ProvisionUnit) =>
    tokens.flatMap((token) => (token.kind === kind && (token.kind !== 'article' || token.spaced) ? [token.number] : []));
  if (numbersOf('article').length > 0) {
    return { unit: 'article', headingParts: false };
  }
  const headings = numbersOf('heading');
  const numbered = numbersOf('numbered');
  const firstHeading = tokens.findIndex((token) => token.kind === 'heading');
  const firstNumbered = tokens.findIndex((token) => token.kind === 'numbered');
  if (headings.length > 0 && numbered.length > 0 && firstHeading < firstNumbered && isAscending(numbered) && everyHeadingLeadsNumbered(tokens)) {
    return { unit: 'numbered', headingParts: true };
  }
  if (headings.length >= 2) {
    return { unit: 'heading', headingParts: false };
  }
  if (numbered.length >= 2 && isAscending(numbered)) {
    return { unit: 'numbered', headingParts: false };
  }
  return { unit: 'paragraph', headingParts: false };
}

/**
 * The translation is read with the original's plan, its units being what the translation writes
 * for them: Article N for 第N条, and for 一、 items either Roman numerals or numbered paragraphs,
 * whichever the translation has more of.
 */
export function planForTranslation(original: StructurePlan, lines: readonly SourceLine[], language: Language): StructurePlan {
  if (original.unit !== 'heading') {
    return original;
  }
  const tokens = lines.map((line) => readLine(line.text, language, line.heading > 0));
  const count = (kind: LineToken['kind']) => tokens.filter((token) => token.kind === kind).length;
  return count('heading') >= count('numbered') ? original : { unit: 'numbered', headingParts: false };
}

/**
 * Numbered across the whole text, not restarting under each heading. A gap or a repeat is a slip in
 * one paragraph (reported later by its line), not a restart.
 */
function isAscending(numbers: readonly number[]): boolean {
  return numbers.every((number, index) => index === 0 || number >= numbers[index - 1]);
}

function everyHeadingLeadsNumbered(tokens: readonly LineToken[]): boolean {
  return tokens.every((token, index) => token.kind !== 'heading' || tokens.slice(index + 1).find((next) => next.kind === 'heading' || next.kind === 'numbered')?.kind === 'numbered');
}
