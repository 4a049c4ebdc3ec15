import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { BUILT_IN_FORMATS, PLACEHOLDERS, TYPED_FORMS, compileTemplate, renderTemplate } from '../../../src/core/references';
import { ARTICLE_FORMATS, TYPED_ARTICLE_FORMS, templateFor, resolveFormats } from '../../../src/core/references/formats';
import { PolicyDocument } from '../../../src/core/model';
import { eCommerceLaw, pipl } from '../helpers/laws';
import { SEEDS_DIR, opinions } from '../helpers/opinions';

// The repository's root holds seeds/, syntaxes/ and the package.nls files.
const ROOT = path.dirname(SEEDS_DIR);

interface Grammar {
  readonly repository: Readonly<Record<string, { readonly match: string }>>;
}

function patterns(): RegExp[] {
  const grammar = JSON.parse(readFileSync(path.join(ROOT, 'syntaxes', 'policy-references.injection.json'), 'utf8')) as Grammar;
  // The grammar's Oniguruma patterns use only syntax JavaScript reads the same way.
  return Object.values(grammar.repository).map((rule) => new RegExp(rule.match, 'g'));
}

/** What the grammar highlights in the text, scanned as TextMate does: the leftmost match, the first rule on ties, then on after it. */
function highlighted(text: string): string[] {
  const rules = patterns();
  const found: string[] = [];
  for (let position = 0; position < text.length; ) {
    let best: RegExpExecArray | undefined;
    for (const rule of rules) {
      rule.lastIndex = position;
      const match = rule.exec(text);
      if (match && (!best || match.index < best.index)) {
        best = match;
      }
    }
    if (!best) {
      break;
    }
    found.push(best[0]);
    position = best.index + Math.max(best[0].length, 1);
  }
  return found;
}

function render(source: string, number: number, citationKeys?: Record<string, string>): string {
  const compiled = compileTemplate(source);
  assert.ok('template' in compiled);
  const document = opinions();
  return renderTemplate(compiled.template, document, document.provisions[number - 1], citationKeys);
}

describe('the reference injection grammar', () => {
  const single = { ...BUILT_IN_FORMATS, ...TYPED_FORMS } as Record<string, string>;
  delete single.bilingual;

  for (const [name, source] of Object.entries(single)) {
    it(`highlights the ${name} format whole, for every provision`, () => {
      for (const provision of opinions().provisions) {
        const reference = render(source, provision.number);
        assert.deepEqual(highlighted(`See ${reference}, 见${reference}。`), [reference, reference], reference);
      }
    });
  }

  it('highlights both halves of the bilingual format', () => {
    const reference = render(BUILT_IN_FORMATS.bilingual, 15);
    assert.deepEqual(highlighted(reference), [render(BUILT_IN_FORMATS.short, 15), render(BUILT_IN_FORMATS.chinese, 15)]);
  });

  it('highlights the pandoc and latex formats with any citation key', () => {
    const keys = { 'mobile-internet-opinions-2017': 'opinions:2017' };
    for (const source of [BUILT_IN_FORMATS.pandoc, BUILT_IN_FORMATS.latex]) {
      const reference = render(source, 3, keys);
      assert.deepEqual(highlighted(reference), [reference]);
    }
  });

  for (const law of [pipl, eCommerceLaw]) {
    it(`highlights the article forms of a law, whole (${law().id})`, () => {
      const document: PolicyDocument = law();
      const sources = { ...ARTICLE_FORMATS, ...TYPED_ARTICLE_FORMS, chinese: BUILT_IN_FORMATS.chinese, chineseShortQuoted: TYPED_FORMS.chineseShortQuoted } as Record<string, string>;
      delete sources.bilingual;
      for (const [name, source] of Object.entries(sources)) {
        // Only a law with an English title is cited by an English name the grammar can know.
        if (!document.translated && !/^(chinese|pandoc|latex|markdownLink)/.test(name)) {
          continue;
        }
        for (const provision of document.provisions) {
          const compiled = compileTemplate(source);
          assert.ok('template' in compiled);
          const reference = renderTemplate(compiled.template, document, provision);
          // A title the grammar has not seen is highlighted from its last word, "[Law, Art. 21]", or its year: "[(2021), art. 21]".
          const shown = name === 'full' ? reference.replace(/^.*(?=\(\d{4}\))/, '') : name.startsWith('short') ? reference.replace(/^.*?(?=\S+,? Art)/, '') : reference;
          assert.deepEqual(highlighted(`See ${reference}, 见${reference}。`), [shown, shown], `${name}: ${reference}`);
        }
      }
      const bilingual = resolveFormats().formats.find((format) => format.name === 'bilingual');
      assert.ok(bilingual);
      if (document.translated) {
        const reference = renderTemplate(templateFor(bilingual, document), document, document.provisions[20]);
        assert.deepEqual(highlighted(reference), ['Law, Art. 21', '《中华人民共和国个人信息保护法》第二十一条']);
      }
    });
  }

  it('leaves prose alone', () => {
    assert.deepEqual(highlighted('The Mobile Internet Opinions of 2017 and ¶15 on their own, \\cite{other}.'), []);
    assert.deepEqual(highlighted('The Cybersecurity Law of 2016, Article 21 of it, the Law, and Art. 3 alone; 《网络安全法》 and 第二十一条 alone.'), []);
  });
});

describe('the formats setting description', () => {
  for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
    it(`lists every placeholder in ${file}`, () => {
      const strings = JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>;
      const description = strings['configuration.references.formats'];
      for (const placeholder of PLACEHOLDERS) {
        assert.ok(description.includes(`\`{${placeholder.name}}\``), `{${placeholder.name}} is missing`);
      }
    });
  }
});
