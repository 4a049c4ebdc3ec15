import * as assert from 'node:assert/strict';
import { PolicyDocument, Provision } from '../../../src/core/model';
import { BUILT_IN_FORMATS } from '../../../src/core/references/formats';
import { QuoteOptions, formatQuote, quoteStyle } from '../../../src/core/references/quote';
import { CompiledTemplate, compileTemplate } from '../../../src/core/references/template';
import { opinions } from '../helpers/opinions';

function template(source: string): CompiledTemplate {
  const result = compileTemplate(source);
  assert.ok('template' in result);
  return result.template;
}

const SHORT = template(BUILT_IN_FORMATS.short);
const LINK = 'policy-annotator:/mobile-internet-opinions-2017';

function quote(number: number, options: Partial<QuoteOptions>, document: PolicyDocument = opinions()): string {
  const result = formatQuote(document, document.provisions[number - 1], { language: 'en', languageId: 'markdown', format: SHORT, ...options });
  assert.ok('quote' in result, 'error' in result ? result.error : '');
  return result.quote;
}

function errorOf(number: number, options: Partial<QuoteOptions>): string {
  const document = opinions();
  const result = formatQuote(document, document.provisions[number - 1], { language: 'en', languageId: 'markdown', format: SHORT, ...options });
  assert.ok('error' in result);
  return result.error;
}

/** Provision 15 with markup characters in its text. */
function withText(en: string, zh: string): PolicyDocument {
  const base = opinions();
  const provisions: Provision[] = base.provisions.map((provision) => (provision.number === 15 ? { ...provision, text: { en, zh } } : provision));
  return { ...base, provisions };
}

describe('block quotes', () => {
  const provision15 = opinions().provisions[14];
  const { en, zh } = provision15.text;

  it('chooses the markup from the language id', () => {
    assert.deepEqual(['markdown', 'latex', 'plaintext', 'restructuredtext'].map(quoteStyle), ['markdown', 'latex', 'plain', 'plain']);
  });

  it('quotes in Markdown, languages separated by a blank quote line, followed by the reference', () => {
    assert.equal(
      quote(15, { language: 'both', format: template(BUILT_IN_FORMATS.markdownLink) }),
      `> ${en}\n>\n> ${zh}\n>\n> — [Mobile Internet Opinions ¶15](${LINK}/15)`,
    );
    assert.equal(quote(15, { language: 'zh' }), `> ${zh}\n>\n> — Mobile Internet Opinions ¶15`);
  });

  it('quotes in LaTeX with the quote environment', () => {
    assert.equal(
      quote(15, { language: 'both', languageId: 'latex', format: template(BUILT_IN_FORMATS.latex) }),
      `\\begin{quote}\n${en}\n\n${zh}\n\n--- \\cite[para.~15]{mobileInternetOpinions2017}\n\\end{quote}`,
    );
  });

  it('quotes in plain text, indented', () => {
    assert.equal(quote(15, { language: 'en', languageId: 'plaintext' }), `    ${en}\n\n    — Mobile Internet Opinions ¶15`);
  });

  it('quotes chosen sentences, marking gaps with an ellipsis', () => {
    const sentences = [
      'Perfect mobile Internet user information protection structures',
      'Stimulate mobile Internet enterprises',
      'Strengthen the attack against “fake base stations”',
    ];
    const first = en.slice(0, en.indexOf(sentences[1]) - 1);
    const second = en.slice(en.indexOf(sentences[1]), en.indexOf(sentences[2]) - 1);
    const third = en.slice(en.indexOf(sentences[2]));
    assert.equal(quote(15, { sentences: [1, 2] }), `> ${first} ${second}\n>\n> — Mobile Internet Opinions ¶15`);
    assert.equal(quote(15, { sentences: [3, 1, 3] }), `> ${first} […] ${third}\n>\n> — Mobile Internet Opinions ¶15`);
    assert.equal(
      quote(15, { sentences: [1, 3], languageId: 'latex' }),
      `\\begin{quote}\n${first} [\\ldots] ${third}\n\n--- Mobile Internet Opinions ¶15\n\\end{quote}`,
    );
  });

  it('quotes chosen sentences per language', () => {
    const [zh1, zh2] = zh.split(/(?<=。)/);
    assert.equal(quote(15, { language: 'zh', sentences: [1, 2] }), `> ${zh1}${zh2}\n>\n> — Mobile Internet Opinions ¶15`);
    assert.equal(quote(15, { language: 'both', sentences: { zh: [2] } }), `> ${en}\n>\n> ${zh2}\n>\n> — Mobile Internet Opinions ¶15`);
  });

  it('says which sentence does not exist', () => {
    assert.equal(errorOf(4, { language: 'both', sentences: [3] }), 'provision 4 has 2 English sentences; there is no sentence 3');
    assert.match(errorOf(15, { sentences: [0] }), /no sentence 0/);
    assert.equal(errorOf(15, { sentences: [] }), 'no sentence was selected');
  });

  it('escapes LaTeX specials in the text, not in the reference', () => {
    const document = withText('Costs 50% & $5 for #1_a {b} ~c \\d ^e.', '百分之五十%。');
    assert.equal(
      quote(15, { language: 'both', languageId: 'latex', format: template('\\cite[¶{number}]{{{key}}}') }, document),
      '\\begin{quote}\nCosts 50\\% \\& \\$5 for \\#1\\_a \\{b\\} \\textasciitilde{}c \\textbackslash{}d \\textasciicircum{}e.\n\n百分之五十\\%。\n\n--- \\cite[¶15]{mobileInternetOpinions2017}\n\\end{quote}',
    );
  });

  it('escapes Markdown markup in the text', () => {
    const document = withText('# Not a *heading* [link](x) <b>_c_</b> `d` a|b \\e', '1. 不是列表。');
    assert.equal(
      quote(15, { language: 'both' }, document),
      '> \\# Not a \\*heading\\* \\[link\\](x) \\<b\\>\\_c\\_\\</b\\> \\`d\\` a\\|b \\\\e\n>\n> 1\\. 不是列表。\n>\n> — Mobile Internet Opinions ¶15',
    );
  });

  it('keeps the paragraphs of a text', () => {
    const document = withText('First paragraph.\nSecond paragraph.', '第一段。\n第二段。');
    assert.equal(quote(15, { languageId: 'plaintext', sentences: [1, 2] }, document), '    First paragraph.\n\n    Second paragraph.\n\n    — Mobile Internet Opinions ¶15');
  });

  it('uses a configured citation key', () => {
    assert.match(quote(1, { format: template(BUILT_IN_FORMATS.pandoc), citationKeys: { 'mobile-internet-opinions-2017': 'mio' } }), /> — \[@mio, para\. 1\]$/);
  });
});
