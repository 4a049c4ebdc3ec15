import * as assert from 'node:assert/strict';
import { normaliseCompatibilityForms } from '../../../src/core/formats/compatibilityForms';

describe('compatibility forms in extracted text', () => {
  it('reads the Kangxi and supplement radicals a PDF font draws for 人 一 民 长 门 as those ideographs', () => {
    assert.equal(normaliseCompatibilityForms('中华⼈⺠共和国第⼀条：⻓期⼯作，⻔户开放'), '中华人民共和国第一条：长期工作，门户开放');
  });

  it('maps compatibility ideographs and Latin ligatures, drops invisible marks, and makes no-break spaces spaces', () => {
    assert.equal(normaliseCompatibilityForms('\uf9ba\ufb01nance\u200b法\u00ad律\u00a0law'), '了finance法律 law');
  });

  it('keeps the full-width punctuation, digits and ideographic spaces Chinese texts use on purpose', () => {
    const text = '　　第二条　（一）依照本法第１款：“是”；否！？';
    assert.equal(normaliseCompatibilityForms(text), text);
  });
});
