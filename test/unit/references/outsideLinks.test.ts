import * as assert from 'node:assert/strict';
import { outsideProvisionLinks } from '../../../src/core/references/outsideLinks';

describe('outsideProvisionLinks', () => {
  const link = '[Mobile Internet Opinions ¶15](policy-annotator:/mobile-internet-opinions-2017/15)';

  it('keeps the text of a Markdown link and leaves its destination out', () => {
    const text = `See ${link}.`;
    const start = text.indexOf('[');
    const stretches = outsideProvisionLinks(text, start, start + link.length);
    assert.deepEqual(
      stretches.map(({ start, end }) => text.slice(start, end)),
      ['[Mobile Internet Opinions ¶15]'],
    );
  });

  it('keeps a reference without a link whole', () => {
    const text = 'Mobile Internet Opinions ¶15';
    assert.deepEqual(outsideProvisionLinks(text, 0, text.length), [{ start: 0, end: text.length }]);
  });

  it('leaves nothing of a bare link', () => {
    const text = 'policy-annotator:/mobile-internet-opinions-2017/15';
    assert.deepEqual(outsideProvisionLinks(text, 0, text.length), []);
  });
});
