import * as assert from 'node:assert/strict';
import { PLACEHOLDERS } from '../../../src/core/references/placeholders';
import { CompiledTemplate, TemplateError, compileTemplate, renderTemplate } from '../../../src/core/references/template';
import { opinions } from '../helpers/opinions';

function compiled(source: string): CompiledTemplate {
  const result = compileTemplate(source);
  assert.ok('template' in result, `${source} should compile`);
  return result.template;
}

function errorOf(source: string): TemplateError {
  const result = compileTemplate(source);
  assert.ok('error' in result, `${source} should not compile`);
  return result.error;
}

function render(source: string, number = 15, citationKeys?: Readonly<Record<string, string>>): string {
  const document = opinions();
  return renderTemplate(compiled(source), document, document.provisions[number - 1], citationKeys);
}

describe('reference templates', () => {
  it('renders every placeholder for provision 15', () => {
    const expected: Record<string, string> = {
      number: '15',
      numberZh: '十五',
      'title.en': 'Safeguarding users’ lawful rights and interest',
      'title.zh': '维护用户合法权益',
      'shortTitle.en': 'Mobile Internet Opinions',
      'shortTitle.zh': '移动互联网意见',
      'documentTitle.en': 'Opinions concerning Stimulating the Healthy and Orderly Development of the Mobile Internet',
      'documentTitle.zh': '关于促进移动互联网健康有序发展的意见',
      year: '2017',
      date: '2017-01-15',
      part: '4',
      'partNumeral.en': 'IV',
      'partNumeral.zh': '四',
      key: 'mobileInternetOpinions2017',
      uri: 'policy-annotator:/mobile-internet-opinions-2017/15',
      document: 'mobile-internet-opinions-2017',
    };
    assert.deepEqual(PLACEHOLDERS.map((placeholder) => placeholder.name).sort(), Object.keys(expected).sort());
    for (const [name, value] of Object.entries(expected)) {
      assert.equal(render(`{${name}}|{number}`), `${value}|15`, name);
    }
  });

  it('describes every placeholder', () => {
    for (const placeholder of PLACEHOLDERS) {
      assert.match(placeholder.description, /\S.*\.$/, placeholder.name);
    }
  });

  it('writes doubled braces as literal braces', () => {
    assert.equal(render('{{{number}}} {{key}} }}{{'), '{15} {key} }{');
  });

  it('uses a configured citation key', () => {
    assert.equal(render('{key} {number}', 15, { 'mobile-internet-opinions-2017': 'mio' }), 'mio 15');
  });

  it('names an unknown placeholder and where it is', () => {
    const error = errorOf('{shortTitle.en} ¶{nmuber}');
    assert.equal(error.offset, 17);
    assert.match(error.message, /unknown placeholder \{nmuber\} at character 18/);
    assert.match(error.message, /\{number\}/);
    assert.equal(errorOf('¶{number} {}').offset, 10);
  });

  it('names an unclosed brace', () => {
    const error = errorOf('¶{number} {key');
    assert.equal(error.offset, 10);
    assert.match(error.message, /unclosed "\{" at character 11/);
    assert.equal(errorOf('{short{number}}').offset, 0);
  });

  it('names an unmatched closing brace', () => {
    const error = errorOf('¶{number}} x');
    assert.equal(error.offset, 9);
    assert.match(error.message, /unmatched "\}" at character 10/);
  });

  it('refuses a template that names no provision', () => {
    for (const source of ['{shortTitle.en}', '', '{uri}', '{{number}}']) {
      assert.match(errorOf(source).message, /names no provision: it needs \{number\} or \{numberZh\}/, source);
    }
  });
});
