import { localized } from '../../l10n/localized';

/**
 * Krippendorff's α for nominal data (Krippendorff, Content Analysis, 2004, §11.3):
 * α = 1 − D_o / D_e, from the coincidence matrix o_ck, which counts the ordered pairs of values c, k
 * within each unit, each weighted 1 / (m_u − 1) for a unit with m_u values:
 * D_o = Σ_{c≠k} o_ck / n and D_e = Σ_{c≠k} n_c·n_k / (n(n − 1)), with n_c = Σ_k o_ck and n = Σ_c n_c
 * the pairable values. Units with fewer than two values are not pairable and are left out;
 * missing values (undefined) are allowed. When D_e = 0 (every pairable value is the same) α is
 * undefined, as Krippendorff defines it.
 */
export interface AlphaResult {
  /** n: the values in units with at least two. */
  readonly pairable: number;
  /** D_o; null when nothing is pairable. */
  readonly observedDisagreement: number | null;
  /** D_e; null when nothing is pairable. */
  readonly expectedDisagreement: number | null;
  /** Null when α is not defined; `reason` then says why. */
  readonly alpha: number | null;
  readonly reason?: string;
}

/** `units[u][c]` is coder c's value for unit u, or undefined when c did not code u. */
export function krippendorffAlpha<V extends string | number | boolean>(units: readonly (readonly (V | undefined)[])[]): AlphaResult {
  const coincidences = new Map<V, Map<V, number>>();
  let pairable = 0;
  for (const unit of units) {
    const values = unit.filter((value): value is V => value !== undefined);
    if (values.length < 2) {
      continue;
    }
    pairable += values.length;
    // Each ordered pair of the unit's values adds 1/(m−1): counted by value, not pair by pair (a
    // unit of 20 coders is 380 pairs, and a team's agreement has ten thousand units per tag).
    const counts = new Map<V, number>();
    values.forEach((value) => counts.set(value, (counts.get(value) ?? 0) + 1));
    for (const [c, nc] of counts) {
      const row = coincidences.get(c) ?? new Map<V, number>();
      for (const [k, nk] of counts) {
        row.set(k, (row.get(k) ?? 0) + (nc * (c === k ? nk - 1 : nk)) / (values.length - 1));
      }
      coincidences.set(c, row);
    }
  }
  if (pairable < 2) {
    return { pairable, observedDisagreement: null, expectedDisagreement: null, alpha: null, reason: localized('agreement.noPairs') };
  }
  let disagreeing = 0;
  const totals = new Map<V, number>();
  for (const [c, row] of coincidences) {
    for (const [k, count] of row) {
      totals.set(c, (totals.get(c) ?? 0) + count);
      if (c !== k) {
        disagreeing += count;
      }
    }
  }
  let expectedPairs = 0;
  for (const [c, nc] of totals) {
    for (const [k, nk] of totals) {
      if (c !== k) {
        expectedPairs += nc * nk;
      }
    }
  }
  const observedDisagreement = disagreeing / pairable;
  const expectedDisagreement = expectedPairs / (pairable * (pairable - 1));
  if (expectedDisagreement === 0) {
    return { pairable, observedDisagreement, expectedDisagreement, alpha: null, reason: localized('agreement.alphaUndefined') };
  }
  return { pairable, observedDisagreement, expectedDisagreement, alpha: 1 - observedDisagreement / expectedDisagreement };
}
