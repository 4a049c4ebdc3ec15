import { PolicyDocument, Provision, insertOf } from '../model';
import { toChineseNumeral } from './chineseNumerals';
import { CitationKeys, citationKey } from './citationKey';
import { PLACEHOLDERS, Placeholder, findPlaceholder } from './placeholders';
import { localized } from '../l10n/localized';

/**
 * A reference format is a template: literal text with `{placeholder}`s (see PLACEHOLDERS), and
 * `{{` / `}}` for literal braces, e.g. `{shortTitle.en} ¶{number}` or `\cite[para.~{number}]{{{key}}}`.
 */
export type TemplatePiece =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'placeholder'; readonly placeholder: Placeholder };

export interface CompiledTemplate {
  readonly source: string;
  readonly pieces: readonly TemplatePiece[];
}

/** Why a template cannot be used; `offset` is 0-based into the template, the message counts from 1. */
export interface TemplateError {
  readonly message: string;
  readonly offset: number;
}

export type TemplateResult = { readonly template: CompiledTemplate } | { readonly error: TemplateError };

const NUMBER_PLACEHOLDERS = ['number', 'numberZh'];

/** Parses and checks a template; a bad one (typically from the settings) yields an error, never an exception. */
export function compileTemplate(source: string): TemplateResult {
  const pieces: TemplatePiece[] = [];
  let literal = '';
  let index = 0;
  while (index < source.length) {
    const character = source[index];
    const next = source[index + 1];
    if ((character === '{' && next === '{') || (character === '}' && next === '}')) {
      literal += character;
      index += 2;
    } else if (character === '}') {
      return failure(localized('template.unmatchedClose', index + 1), index);
    } else if (character === '{') {
      const close = source.indexOf('}', index);
      const reopen = source.indexOf('{', index + 1);
      if (close < 0 || (reopen >= 0 && reopen < close)) {
        return failure(localized('template.unclosedOpen', index + 1), index);
      }
      const name = source.slice(index + 1, close);
      const placeholder = findPlaceholder(name);
      if (!placeholder) {
        return failure(localized('template.unknownPlaceholder', index + 1, name, knownPlaceholders()), index);
      }
      if (literal !== '') {
        pieces.push({ kind: 'literal', text: literal });
        literal = '';
      }
      pieces.push({ kind: 'placeholder', placeholder });
      index = close + 1;
    } else {
      literal += character;
      index++;
    }
  }
  if (literal !== '') {
    pieces.push({ kind: 'literal', text: literal });
  }
  const namesProvision = pieces.some((piece) => piece.kind === 'placeholder' && NUMBER_PLACEHOLDERS.includes(piece.placeholder.name));
  if (!namesProvision) {
    return failure(localized('template.noNumber'), 0);
  }
  return { template: { source, pieces } };
}

function failure(message: string, offset: number): TemplateResult {
  return { error: { message, offset } };
}

function knownPlaceholders(): string {
  return PLACEHOLDERS.map((placeholder) => `{${placeholder.name}}`).join(', ');
}

/** The reference to a provision, written in the template's format. */
export function renderTemplate(
  template: CompiledTemplate,
  document: PolicyDocument,
  provision: Provision,
  citationKeys?: CitationKeys,
): string {
  const context = { document, provision, citationKey: citationKey(document, citationKeys) };
  const insert = insertOf(provision.number);
  return template.pieces
    .map((piece, index) => {
      if (piece.kind === 'placeholder') {
        const before = template.pieces[index - 1];
        const rendered = piece.placeholder.render(context);
        return before?.kind === 'literal' && before.text.endsWith('《') ? nestedTitle(rendered) : rendered;
      }
      // 第{numberZh}条 names an inserted article 第一百二十条之一.
      const before = template.pieces[index - 1];
      const afterNumeral = before?.kind === 'placeholder' && before.placeholder.recognition === 'chineseNumeral';
      return insert > 0 && afterNumeral && piece.text.startsWith('条') ? `条之${toChineseNumeral(insert)}${piece.text.slice(1)}` : piece.text;
    })
    .join('');
}

/**
 * A title set inside 《》 marks the titles inside it 〈〉 (GB/T 15834):
 * 《河南省实施〈中华人民共和国矿山安全法〉办法》, not 《河南省实施《…》办法》.
 */
export function nestedTitle(title: string): string {
  return title.replace(/[《》]/g, (mark) => (mark === '《' ? '〈' : '〉'));
}
