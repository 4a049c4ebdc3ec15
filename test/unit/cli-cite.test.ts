import * as assert from 'node:assert/strict';
import { cli } from './helpers/cli';

describe('policy-annotator cite', () => {
  it('writes the short reference by default', async () => {
    assert.deepEqual(await cli(['cite', '15']), { code: 0, stdout: 'Mobile Internet Opinions ¶15\n', stderr: '' });
  });

  it('writes every built-in format', async () => {
    const expected: Record<string, string> = {
      full: 'Opinions concerning Stimulating the Healthy and Orderly Development of the Mobile Internet (2017), para. 15',
      chinese: '《关于促进移动互联网健康有序发展的意见》第十五条',
      bilingual: 'Mobile Internet Opinions ¶15 (《关于促进移动互联网健康有序发展的意见》第十五条)',
      markdownLink: '[Mobile Internet Opinions ¶15](policy-annotator:/mobile-internet-opinions-2017/15)',
      pandoc: '[@mobileInternetOpinions2017, para. 15]',
      latex: '\\cite[para.~15]{mobileInternetOpinions2017}',
    };
    for (const [format, text] of Object.entries(expected)) {
      const outcome = await cli(['cite', '¶15', '--format', format]);
      assert.equal(outcome.stdout, `${text}\n`, format);
      assert.equal(outcome.code, 0);
    }
  });

  it('prints JSON with --json', async () => {
    const { code, stdout } = await cli(['cite', 'mobile-internet-opinions-2017#15', '--format=chinese', '--json']);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout), {
      document: 'mobile-internet-opinions-2017',
      provision: 15,
      format: 'chinese',
      text: '《关于促进移动互联网健康有序发展的意见》第十五条',
    });
  });

  it('refuses an unknown format in one line, with exit code 2', async () => {
    const { code, stdout, stderr } = await cli(['cite', '15', '--format', 'apa']);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /^policy-annotator: unknown format "apa" \(known: short, full, chinese, bilingual, markdownLink, pandoc, latex\)\n$/);
  });

  it('refuses the typed forms, which are only recognised', async () => {
    assert.equal((await cli(['cite', '15', '--format', 'shortPara'])).code, 2);
  });

  it('refuses a provision the document does not have', async () => {
    const { code, stderr } = await cli(['cite', '25']);
    assert.equal(code, 2);
    assert.match(stderr, /has no provision 25 \(it has 1–24\)/);
  });
});
