import * as assert from 'node:assert/strict';
import { ExpressionError, TagExpression, parseTagExpression, tagOnly } from '../../../src/core/analysis/tagExpression';

/** The expression written back with full parentheses, to see how it grouped. */
function shown(expression: TagExpression): string {
  return expression.kind === 'tag' ? expression.tag : `(${shown(expression.left)} ${expression.kind.toUpperCase()} ${shown(expression.right)})`;
}

function failure(text: string): ExpressionError {
  try {
    parseTagExpression(text);
  } catch (error) {
    assert.ok(error instanceof ExpressionError, String(error));
    return error;
  }
  assert.fail(`"${text}" parsed`);
}

describe('tag expressions', () => {
  it('AND, NOT and NEAR bind tighter than OR, from the left; parentheses and quotes group', () => {
    assert.equal(shown(parseTagExpression('privacy')), 'privacy');
    assert.equal(shown(parseTagExpression('a OR b AND c')), '(a OR (b AND c))');
    assert.equal(shown(parseTagExpression('a NOT b NEAR c OR d')), '(((a NOT b) NEAR c) OR d)');
    assert.equal(shown(parseTagExpression('(a OR b) AND c')), '((a OR b) AND c)');
    assert.equal(shown(parseTagExpression('隐私 与 安全 或 数据')), '((隐私 AND 安全) OR 数据)');
    assert.equal(shown(parseTagExpression('"and" AND or-not')), '(and AND or-not)');
  });

  it('a malformed expression says what is wrong and where', () => {
    const cases: [string, RegExp, number][] = [
      ['', /empty/, 0],
      ['privacy AND', /missing at the end/, 11],
      ['privacy security', /operator .* missing before "security"/, 8],
      ['(privacy OR data', /never closed/, 0],
      ['privacy)', /closes nothing/, 7],
      ['AND privacy', /missing before "AND"/, 0],
      ['privacy OR "data', /quote is never closed/, 11],
      ['privacy AND ()', /missing before "\)"/, 13],
    ];
    for (const [text, message, offset] of cases) {
      const error = failure(text);
      assert.match(error.message, message, text);
      assert.equal(error.offset, offset, text);
    }
    assert.equal(failure('a AND (b').located('a AND (b'), 'this parenthesis is never closed (at character 7)\n  a AND (b\n        ^');
  });

  it('tagOnly writes any tag as an expression that selects it alone', () => {
    for (const tag of ['privacy', 'AND', 'two words', '或']) {
      const parsed = parseTagExpression(tagOnly(tag));
      assert.deepEqual(parsed.kind === 'tag' && parsed.tag, tag);
    }
  });
});
