import * as assert from 'node:assert/strict';
import { completionTrigger } from '../../../src/core/references/completionTrigger';

describe('completionTrigger', () => {
  it('completes ¶ and the digits after it in any draft', () => {
    assert.deepEqual(completionTrigger('plaintext', 'See ¶1', ''), { format: 'default', start: 4, opener: '¶', closing: 0 });
    assert.deepEqual(completionTrigger('latex', '¶', ''), { format: 'default', start: 0, opener: '¶', closing: 0 });
  });

  it('completes a Pandoc citation in Markdown, with the bracket the editor closed', () => {
    assert.deepEqual(completionTrigger('markdown', 'as argued [@mob', ']'), { format: 'pandoc', start: 10, opener: '[@', closing: 1 });
    assert.deepEqual(completionTrigger('markdown', 'as @', ''), { format: 'pandoc', start: 3, opener: '@', closing: 0 });
  });

  it('leaves e-mail addresses and other languages alone', () => {
    assert.equal(completionTrigger('markdown', 'write to me@', ''), undefined);
    assert.equal(completionTrigger('plaintext', 'as @', ''), undefined);
  });

  it('completes \\cite{ in LaTeX, replacing the whole command', () => {
    assert.deepEqual(completionTrigger('latex', 'see \\cite{', '}'), { format: 'latex', start: 4, opener: '\\cite{', closing: 1 });
    assert.deepEqual(completionTrigger('latex', '\\cite[p.~3]{mob', ''), { format: 'latex', start: 0, opener: '\\cite[p.~3]{', closing: 0 });
    assert.equal(completionTrigger('latex', '\\emph{', '}'), undefined);
    assert.equal(completionTrigger('markdown', '\\cite{', ''), undefined);
  });
});
