import * as assert from 'node:assert/strict';
import { Annotation } from '../../../src/core/annotations/model/annotation';
import { agreementReport } from '../../../src/core/teams/agreement/agreementReport';
import { agreementMarkdown } from '../../../src/core/teams/agreement/agreementText';
import { cohensKappa } from '../../../src/core/teams/agreement/cohensKappa';
import { krippendorffAlpha } from '../../../src/core/teams/agreement/krippendorffAlpha';
import { opinionsLibrary } from '../helpers/opinions';
import { DOCUMENT } from './helpers';

/** Units from counts of each pair of decisions, in a fixed order. */
function units(counts: { both: number; onlyFirst: number; onlySecond: number; neither: number }): [boolean, boolean][] {
  return [
    ...Array.from({ length: counts.both }, (): [boolean, boolean] => [true, true]),
    ...Array.from({ length: counts.onlyFirst }, (): [boolean, boolean] => [true, false]),
    ...Array.from({ length: counts.onlySecond }, (): [boolean, boolean] => [false, true]),
    ...Array.from({ length: counts.neither }, (): [boolean, boolean] => [false, false]),
  ];
}

function close(actual: number | null, expected: number, message?: string): void {
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-12, `${message ?? ''} ${actual} ≠ ${expected}`);
}

describe("teams: Cohen's κ", () => {
  it('a worked example: 10 units, 3 both, 1 only A, 2 only B, 4 neither', () => {
    // p_o = (3 + 4) / 10 = 0.7; p_A = 4/10, p_B = 5/10;
    // p_e = 0.4 · 0.5 + 0.6 · 0.5 = 0.5; κ = (0.7 − 0.5) / (1 − 0.5) = 0.4.
    const result = cohensKappa(units({ both: 3, onlyFirst: 1, onlySecond: 2, neither: 4 }));
    assert.deepEqual([result.both, result.onlyFirst, result.onlySecond, result.neither, result.units], [3, 1, 2, 4, 10]);
    close(result.observed, 0.7);
    close(result.expected, 0.5);
    close(result.kappa, 0.4);
  });

  it('perfect agreement with variation is κ = 1', () => {
    // p_o = 1, p_e = 0.5 · 0.5 + 0.5 · 0.5 = 0.5, κ = 0.5 / 0.5 = 1.
    const result = cohensKappa(units({ both: 2, onlyFirst: 0, onlySecond: 0, neither: 2 }));
    close(result.kappa, 1);
  });

  it('all absent: κ is undefined (p_e = 1), with the reason', () => {
    const result = cohensKappa(units({ both: 0, onlyFirst: 0, onlySecond: 0, neither: 24 }));
    assert.equal(result.kappa, null);
    assert.equal(result.observed, 1);
    assert.equal(result.expected, 1);
    assert.match(result.reason ?? '', /p_e = 1.*neither coder applied it/);
  });

  it('both always apply: κ is undefined too', () => {
    assert.match(cohensKappa(units({ both: 5, onlyFirst: 0, onlySecond: 0, neither: 0 })).reason ?? '', /both coders applied it to every unit/);
  });

  it('one coder constant, the other not: κ = 0', () => {
    // A never applies; B once in 4. p_o = 3/4; p_A = 0, p_B = 1/4; p_e = 0 · 1/4 + 1 · 3/4 = 3/4; κ = 0.
    const result = cohensKappa(units({ both: 0, onlyFirst: 0, onlySecond: 1, neither: 3 }));
    close(result.expected, 0.75);
    close(result.kappa, 0);
  });

  it('no units: undefined', () => {
    assert.equal(cohensKappa([]).kappa, null);
  });
});

describe("teams: Krippendorff's α", () => {
  it('two coders, the κ example: n = 20, D_o = 0.3, D_e = 198/380, α = 84/198', () => {
    // Coincidences (each unit m_u = 2, weight 1): o11 = 2·3 = 6, o00 = 2·4 = 8, o10 = o01 = 1 + 2 = 3.
    // n_1 = 9, n_0 = 11, n = 20. D_o = 6/20; D_e = 2 · 9 · 11 / (20 · 19) = 198/380;
    // α = 1 − 0.3 / (198/380) = 1 − 114/198 = 84/198.
    const result = krippendorffAlpha(units({ both: 3, onlyFirst: 1, onlySecond: 2, neither: 4 }));
    assert.equal(result.pairable, 20);
    close(result.observedDisagreement, 0.3);
    close(result.expectedDisagreement, 198 / 380);
    close(result.alpha, 84 / 198);
  });

  it('three coders with missing values: α = 1/3', () => {
    // u1 (1,1,1): 6 ordered pairs 1–1 at weight 1/2 → o11 += 3.
    // u2 (1,1,0): pairs 1–1 ×2, 1–0 ×2, 0–1 ×2 at 1/2 → o11 += 1, o10 += 1, o01 += 1.
    // u3 (0,0,0): o00 += 3.   u4 (0,1,–): o01 += 1, o10 += 1.   u5 (1,–,–): one value, not pairable.
    // o11 = 4, o00 = 3, o10 = o01 = 2; n = 11, n_1 = 6, n_0 = 5.
    // D_o = 4/11; D_e = 2 · 6 · 5 / (11 · 10) = 60/110; α = 1 − (4/11)/(60/110) = 1 − 2/3 = 1/3.
    const result = krippendorffAlpha([
      [1, 1, 1],
      [1, 1, 0],
      [0, 0, 0],
      [0, 1, undefined],
      [1, undefined, undefined],
    ]);
    assert.equal(result.pairable, 11);
    close(result.observedDisagreement, 4 / 11);
    close(result.expectedDisagreement, 60 / 110);
    close(result.alpha, 1 / 3);
  });

  it('perfect agreement with variation is α = 1', () => {
    close(krippendorffAlpha(units({ both: 2, onlyFirst: 0, onlySecond: 0, neither: 2 })).alpha, 1);
  });

  it('all absent: D_e = 0, so α is undefined, with the reason', () => {
    const result = krippendorffAlpha(units({ both: 0, onlyFirst: 0, onlySecond: 0, neither: 24 }));
    assert.equal(result.alpha, null);
    assert.equal(result.observedDisagreement, 0);
    assert.equal(result.expectedDisagreement, 0);
    assert.match(result.reason ?? '', /D_e = 0/);
  });

  it('one coder constant: α = 0 here (D_o = D_e = 1/4)', () => {
    // (0,1), (0,0) ×3: o01 = o10 = 1, o00 = 6; n = 8, n_0 = 7, n_1 = 1.
    // D_o = 2/8; D_e = 2 · 7 · 1 / (8 · 7) = 1/4; α = 0.
    const result = krippendorffAlpha(units({ both: 0, onlyFirst: 0, onlySecond: 1, neither: 3 }));
    close(result.observedDisagreement, 0.25);
    close(result.expectedDisagreement, 0.25);
    close(result.alpha, 0);
  });

  it('nothing pairable: undefined', () => {
    assert.equal(krippendorffAlpha([[true, undefined]]).alpha, null);
  });
});

describe('teams: the agreement report', () => {
  let next = 0;
  const annotation = (author: string, provision: number, tags: string[]): Annotation => ({
    id: `a${String(next++).padStart(7, '0')}`,
    document: DOCUMENT,
    provision,
    tags,
    author,
    created: '2024-05-01T09:00:00Z',
    updated: '2024-05-01T09:00:00Z',
  });
  const codebook = {
    tags: ['innovation', 'security', 'privacy'].map((id) => ({ id, label: { en: id, zh: id }, description: '', color: '#000000' })),
  };
  const annotations = [
    annotation('Li Wei', 3, ['innovation', 'security']),
    annotation('Li Wei', 12, ['security']),
    // Two annotations on one provision count once.
    annotation('Li Wei', 15, ['privacy']),
    annotation('Li Wei', 15, ['security']),
    annotation('张敏', 3, ['innovation']),
    annotation('张敏', 15, ['privacy', 'security']),
    annotation('张敏', 20, ['innovation']),
  ];

  it('has the 24 provisions as units and counts each cell', () => {
    const report = agreementReport(annotations, codebook, opinionsLibrary());
    assert.ok(!('error' in report));
    assert.deepEqual(report.coders, ['Li Wei', '张敏']);
    assert.equal(report.units.length, 24);
    const security = report.tags.find((tag) => tag.tag === 'security');
    assert.deepEqual(security?.applied, [3, 1]);
    assert.deepEqual(security && [security.kappa?.both, security.kappa?.onlyFirst, security.kappa?.onlySecond, security.kappa?.neither], [1, 2, 0, 21]);
    // p_o = 22/24; p_A = 3/24, p_B = 1/24; p_e = 3/576 + 21·23/576 = 486/576; κ = (22/24 − 486/576) / (1 − 486/576) = 42/90.
    close(security?.kappa?.kappa ?? null, 42 / 90);
    const privacy = report.tags.find((tag) => tag.tag === 'privacy');
    close(privacy?.kappa?.kappa ?? null, 1);
    close(privacy?.alpha.alpha ?? null, 1);
  });

  it('picks coders by name or file name and refuses fewer than two', () => {
    const report = agreementReport(annotations, codebook, opinionsLibrary(), ['li-wei', '张敏']);
    assert.ok(!('error' in report) && report.coders[0] === 'Li Wei');
    const one = agreementReport(annotations, codebook, opinionsLibrary(), ['Li Wei']);
    assert.match('error' in one ? one.error : '', /two coders/);
    const unknown = agreementReport(annotations, codebook, opinionsLibrary(), ['Li Wei', 'Nobody']);
    assert.match('error' in unknown ? unknown.error : '', /no annotations by Nobody/);
  });

  it('writes a table with n/a and the reason for an unused tag', () => {
    const report = agreementReport(annotations.filter((item) => !item.tags.includes('privacy')), codebook, opinionsLibrary());
    assert.ok(!('error' in report));
    const text = agreementMarkdown(report);
    assert.match(text, /^\| privacy +\| +0 \| +0 \| +0 \| +0 \| +0 \| +24 \| +1\.000 \| +1\.000 \| +n\/a \| +48 \| +0\.000 \| +0\.000 \| +n\/a \|$/m);
    assert.match(text, /`privacy`: κ is undefined \(p_e = 1\)/);
    assert.match(text, /`privacy`: α is undefined \(D_e = 0\)/);
  });

  it('with three coders reports α only', () => {
    const report = agreementReport([...annotations, annotation('Anna', 3, ['innovation'])], codebook, opinionsLibrary());
    assert.ok(!('error' in report));
    assert.equal(report.tags[0].kappa, undefined);
    assert.doesNotMatch(agreementMarkdown(report), /κ/);
  });
});
