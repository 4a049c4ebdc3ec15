import { localized } from '../../l10n/localized';

/**
 * Cohen's κ for two coders who each decided, for every unit, whether a tag applies:
 * κ = (p_o − p_e) / (1 − p_e), with p_o the share of units they agree on and p_e the agreement
 * expected by chance from each coder's own rate, p_A·p_B + (1 − p_A)(1 − p_B).
 */
export interface KappaResult {
  /** Units both coders applied the tag to. */
  readonly both: number;
  readonly onlyFirst: number;
  readonly onlySecond: number;
  readonly neither: number;
  readonly units: number;
  /** p_o; null without units. */
  readonly observed: number | null;
  /** p_e; null without units. */
  readonly expected: number | null;
  /** Null when κ is not defined; `reason` then says why. */
  readonly kappa: number | null;
  readonly reason?: string;
}

/** `decisions[u]` holds the first and the second coder's decision for unit u. */
export function cohensKappa(decisions: readonly (readonly [boolean, boolean])[]): KappaResult {
  const count = (first: boolean, second: boolean) => decisions.filter(([a, b]) => a === first && b === second).length;
  const cells = { both: count(true, true), onlyFirst: count(true, false), onlySecond: count(false, true), neither: count(false, false), units: decisions.length };
  const n = decisions.length;
  if (n === 0) {
    return { ...cells, observed: null, expected: null, kappa: null, reason: localized('agreement.noUnits') };
  }
  const observed = (cells.both + cells.neither) / n;
  const first = (cells.both + cells.onlyFirst) / n;
  const second = (cells.both + cells.onlySecond) / n;
  const expected = first * second + (1 - first) * (1 - second);
  // p_e = 1 only when both coders made the same decision for every unit: κ is 0/0.
  if (expected === 1) {
    const why = localized(cells.both === n ? 'agreement.allApplied' : 'agreement.noneApplied');
    return { ...cells, observed, expected, kappa: null, reason: localized('agreement.kappaUndefined', why) };
  }
  return { ...cells, observed, expected, kappa: (observed - expected) / (1 - expected) };
}
