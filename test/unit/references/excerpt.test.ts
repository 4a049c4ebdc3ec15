import * as assert from 'node:assert/strict';
import { excerpt } from '../../../src/core/references/excerpt';
import { opinions } from '../helpers/opinions';

describe('excerpt', () => {
  it('keeps a text that fits, on one line', () => {
    assert.equal(excerpt('Short text.\nSecond line.', 40), 'Short text. Second line.');
  });

  it('cuts English between words and ends with an ellipsis', () => {
    const cut = excerpt('Strengthen the protection of personal information of users', 30);
    assert.equal(cut, 'Strengthen the protection of…');
    assert.ok(cut.length <= 30);
  });

  it('drops punctuation before the ellipsis', () => {
    assert.equal(excerpt('one, two, three, four', 10), 'one, two…');
  });

  it('cuts Chinese anywhere', () => {
    assert.equal(excerpt('维护用户合法权益，加强个人信息保护。', 7), '维护用户合法…');
  });

  it('cuts a word that is longer than half the room', () => {
    assert.equal(excerpt('a supercalifragilistic word', 12), 'a supercali…');
  });

  it('never exceeds the length on any provision', () => {
    for (const provision of opinions().provisions) {
      for (const text of [provision.text.en, provision.text.zh]) {
        assert.ok(excerpt(text, 120).length <= 120);
      }
    }
  });
});
