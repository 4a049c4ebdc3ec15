import * as assert from 'node:assert/strict';
import { blockPadding } from '../../../src/core/references/blockPlacement';

describe('blockPadding', () => {
  it('needs nothing in an empty document but a final newline', () => {
    assert.deepEqual(blockPadding('', ''), { lead: '', trail: '\n' });
  });

  it('opens a paragraph after text on the same line', () => {
    assert.deepEqual(blockPadding('Some text', '\n'), { lead: '\n\n', trail: '' });
  });

  it('adds one newline after a line break, none after a blank line', () => {
    assert.equal(blockPadding('Some text\n', '').lead, '\n');
    assert.equal(blockPadding('Some text\n\n', '').lead, '');
    assert.equal(blockPadding('Some text\n  \n  ', '').lead, '');
  });

  it('separates the block from the text after it', () => {
    assert.equal(blockPadding('', 'More text').trail, '\n\n');
    assert.equal(blockPadding('', '\nMore text').trail, '\n');
    assert.equal(blockPadding('', '\n\nMore text').trail, '');
  });
});
