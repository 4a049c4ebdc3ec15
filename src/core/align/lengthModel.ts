import { Bilingual } from '../model';

/**
 * Gale & Church (1993): the length of a translation is roughly proportional to the length of its
 * original. Counted in characters, `en ≈ mean · zh` with a variance that grows with the length of
 * the passage (`variance` per unit of length).
 */
export interface LengthModel {
  /** English characters per Chinese character. */
  readonly mean: number;
  /** Variance of `en − mean · zh` per unit of length, length being `(zh + en / mean) / 2`. */
  readonly variance: number;
}

/**
 * Calibrated with `calibrateLengthModel` on the 24 provisions of the 2017 Opinions (their texts,
 * without titles), which are known to be parallel: 27 483 English characters for 5 777 Chinese
 * ones give a mean of 4.757 (4.33–5.34 per provision) and a variance of 12.2. Measured over the
 * sentence pairs the aligner then finds, the variance is 10.2, so the whole-provision figure holds
 * at sentence scale. Gale & Church had 1 and 6.8 for German/French–English; the mean is high here
 * because a Chinese character carries about as much as an English word.
 */
export const OPINIONS_LENGTH_MODEL: LengthModel = { mean: 4.757, variance: 12.2 };

/** Estimates the model from passages that translate each other as wholes. */
export function calibrateLengthModel(passages: readonly Bilingual[]): LengthModel {
  const usable = passages.filter((passage) => passage.en.length > 0 && passage.zh.length > 0);
  if (usable.length === 0) {
    throw new Error('calibrating the length model needs at least one passage with text in both languages');
  }
  const english = usable.reduce((sum, passage) => sum + passage.en.length, 0);
  const chinese = usable.reduce((sum, passage) => sum + passage.zh.length, 0);
  const mean = english / chinese;
  const variance =
    usable.reduce((sum, passage) => {
      const excess = passage.en.length - mean * passage.zh.length;
      return sum + (excess * excess) / lengthUnits(passage.en.length, passage.zh.length, mean);
    }, 0) / usable.length;
  return { mean, variance };
}

/**
 * −ln of the probability that `en` English characters translate `zh` Chinese ones: the two-sided
 * tail of the standard normal beyond the standardised excess length δ.
 */
export function lengthCost(en: number, zh: number, model: LengthModel): number {
  const units = lengthUnits(en, zh, model.mean);
  if (units === 0) {
    return 0;
  }
  const delta = Math.abs(en - model.mean * zh) / Math.sqrt(model.variance * units);
  return -logErfc(delta / Math.SQRT2);
}

/** Both lengths in Chinese characters, averaged, so that neither side may be empty alone. */
function lengthUnits(en: number, zh: number, mean: number): number {
  return (zh + en / mean) / 2;
}

/**
 * ln erfc(x) for x ≥ 0 (Numerical Recipes' erfcc, relative error below 1.2e-7). Computed in the
 * log domain because long passages of mismatched length give tails far below Number.MIN_VALUE.
 */
function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const polynomial =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) - x * x + polynomial;
}
