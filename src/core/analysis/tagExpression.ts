/**
 * The language of coding queries: tags joined by AND, OR, NOT and NEAR, with parentheses.
 *
 *   privacy                    passages tagged privacy (or a tag under it)
 *   privacy AND security       provisions carrying both; their passages of either
 *   privacy OR data            passages of either
 *   privacy NOT security       passages of privacy on provisions that do not carry security
 *   privacy NEAR security      passages of either that overlap one of the other or share a sentence with it
 *
 * AND, NOT and NEAR bind tighter than OR and group from the left; operators are written in capitals
 * (or as 与, 或, 非, 邻近), so that a tag may be called "and". A tag with spaces or parentheses in its
 * name is written in double quotes.
 */
export type TagExpression =
  | { readonly kind: 'tag'; readonly tag: string; readonly at: number }
  | { readonly kind: 'and' | 'or' | 'not' | 'near'; readonly left: TagExpression; readonly right: TagExpression };
import { localized } from '../l10n/localized';

export type Operator = 'and' | 'or' | 'not' | 'near';

const OPERATORS: ReadonlyMap<string, Operator> = new Map([
  ['AND', 'and'],
  ['OR', 'or'],
  ['NOT', 'not'],
  ['NEAR', 'near'],
  ['与', 'and'],
  ['或', 'or'],
  ['非', 'not'],
  ['邻近', 'near'],
]);

/** A malformed expression, with the 0-based offset of the fault in its text. */
export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }

  /** The message with the expression and a caret under the fault, for a terminal. */
  located(text: string): string {
    return `${this.message} (at character ${this.offset + 1})\n  ${text}\n  ${' '.repeat(this.offset)}^`;
  }
}

type Token =
  | { readonly kind: 'word'; readonly text: string; readonly at: number }
  | { readonly kind: 'operator'; readonly operator: Operator; readonly text: string; readonly at: number }
  | { readonly kind: '(' | ')'; readonly at: number };

export function parseTagExpression(text: string): TagExpression {
  const tokens = tokenize(text);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const end = text.length;

  const operand = (): TagExpression => {
    const token = peek();
    if (!token) {
      throw new ExpressionError(localized(tokens.length === 0 ? 'query.empty' : 'query.tagMissingAtEnd'), end);
    }
    position++;
    if (token.kind === 'word') {
      return { kind: 'tag', tag: token.text, at: token.at };
    }
    if (token.kind === '(') {
      const inner = disjunction();
      const closing = peek();
      if (closing?.kind !== ')') {
        throw new ExpressionError(localized('query.unclosedParenthesis'), token.at);
      }
      position++;
      return inner;
    }
    throw new ExpressionError(localized('query.tagMissingBefore', tokenText(token)), token.at);
  };

  const conjunction = (): TagExpression => {
    let left = operand();
    for (let token = peek(); token?.kind === 'operator' && token.operator !== 'or'; token = peek()) {
      position++;
      left = { kind: token.operator, left, right: operand() };
    }
    return left;
  };

  const disjunction = (): TagExpression => {
    let left = conjunction();
    for (let token = peek(); token?.kind === 'operator' && token.operator === 'or'; token = peek()) {
      position++;
      left = { kind: 'or', left, right: conjunction() };
    }
    return left;
  };

  const expression = disjunction();
  const rest = peek();
  if (rest) {
    throw new ExpressionError(
      rest.kind === ')' ? localized('query.closesNothing') : localized('query.operatorMissing', tokenText(rest)),
      rest.at,
    );
  }
  return expression;
}

function tokenText(token: Token): string {
  return 'text' in token ? token.text : token.kind;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (/\s/.test(char)) {
      index++;
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: char, at: index });
      index++;
    } else if (char === '"') {
      const close = text.indexOf('"', index + 1);
      if (close < 0) {
        throw new ExpressionError(localized('query.unclosedQuote'), index);
      }
      if (close === index + 1) {
        throw new ExpressionError(localized('query.emptyTagName'), index);
      }
      tokens.push({ kind: 'word', text: text.slice(index + 1, close), at: index });
      index = close + 1;
    } else {
      const start = index;
      while (index < text.length && !/[\s()"]/.test(text[index])) {
        index++;
      }
      const word = text.slice(start, index);
      const operator = OPERATORS.get(word);
      tokens.push(operator ? { kind: 'operator', operator, text: word, at: start } : { kind: 'word', text: word, at: start });
    }
  }
  return tokens;
}

/** Every tag the expression names, with where, for checking them against the codebook. */
export function expressionTags(expression: TagExpression): { readonly tag: string; readonly at: number }[] {
  const found: { tag: string; at: number }[] = [];
  const pending = [expression];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.kind === 'tag') {
      found.push({ tag: next.tag, at: next.at });
    } else {
      pending.push(next.right, next.left);
    }
  }
  return found;
}

/** An expression selecting one tag, whatever its name (a cell of the matrix names its tag this way). */
export function tagOnly(tag: string): string {
  return /^[^\s()"]+$/.test(tag) && !OPERATORS.has(tag) ? tag : `"${tag}"`;
}
