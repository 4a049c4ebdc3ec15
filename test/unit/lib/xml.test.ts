import * as assert from 'node:assert/strict';
import { XmlError, localName, parseXml } from '../../../src/core/lib/xmlParse';
import { escapeXml, xmlAttributes } from '../../../src/core/lib/xmlText';

describe('teams: XML', () => {
  it('reads elements, attributes, text, references, CDATA and comments', () => {
    const root = parseXml(`\ufeff<?xml version="1.0" encoding="utf-8"?>
<!-- exported -->
<qda:CodeBook xmlns:qda="urn:QDA-XML:codebook:1.0" origin='Tool &amp; Co'>
  <Codes><Code guid="a" name="Fish &lt;&quot;chips&quot;&gt;" isCodable="true"/>
    <Code guid="b" name="line&#10;break &#x4e2d;"><Description><![CDATA[<raw> & text]]> and &apos;more&apos;</Description></Code>
  </Codes>
</qda:CodeBook>
<!-- after -->
`);
    assert.equal(root.name, 'qda:CodeBook');
    assert.equal(localName(root), 'CodeBook');
    assert.equal(root.attributes.get('origin'), 'Tool & Co');
    const codes = root.children[0].children;
    assert.deepEqual(codes.map((code) => code.attributes.get('name')), ['Fish <"chips">', 'line\nbreak 中']);
    assert.equal(codes[1].children[0].text, "<raw> & text and 'more'");
    assert.deepEqual([codes[1].line, codes[1].column], [5, 5]);
  });

  it('normalises literal whitespace in attributes, keeps escaped line breaks', () => {
    const root = parseXml('<a v="one\n\ttwo" w="x&#10;y"/>');
    assert.equal(root.attributes.get('v'), 'one  two');
    assert.equal(root.attributes.get('w'), 'x\ny');
  });

  const broken: [string, RegExp][] = [
    ['<a><b></a>', /<\/a> closes <b>/],
    ['<a>', /<a> is not closed/],
    ['<a x="1" x="2"/>', /repeated/],
    ['<a>fish & chips</a>', /&amp;/],
    ['<a>&nbsp;</a>', /unknown entity/],
    ['<!DOCTYPE a [<!ENTITY x "y">]><a/>', /DOCTYPE/],
    ['<a/><b/>', /after the root/],
    ['<a x=1/>', /in quotes/],
    ['', /no root/],
  ];
  for (const [text, message] of broken) {
    it(`refuses ${JSON.stringify(text)} with a position`, () => {
      assert.throws(() => parseXml(text), (thrown: unknown) => thrown instanceof XmlError && message.test(thrown.message) && /^\d+:\d+: /.test(thrown.message));
    });
  }

  it('escapes text and attributes so that they read back the same', () => {
    const value = 'a < b & "c" \'d\'\nnext\tcol \u0001';
    const root = parseXml(`<x${xmlAttributes({ v: value, absent: undefined })}>${escapeXml(value)}</x>`);
    assert.equal(root.attributes.get('v'), value.replace('\u0001', '\ufffd'));
    assert.equal(root.text, value.replace('\u0001', '\ufffd'));
    assert.equal(root.attributes.has('absent'), false);
  });
});
