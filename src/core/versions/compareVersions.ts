import { Language } from '../model';
import { matchProvisions } from './matchProvisions';
import { ComparableProvision, matchingLanguage, sameText } from './provisionContent';

export type ChangeKind = 'unchanged' | 'renumbered' | 'changed' | 'added' | 'removed';

/** One line of a comparison; `old` and `new` are provision numbers, null where there is none. */
export interface ProvisionChange {
  readonly kind: ChangeKind;
  readonly old: number | null;
  readonly new: number | null;
  /** On 'removed': the new provision that took up most of its text (two articles merged into one). */
  readonly mergedInto?: number;
  /** On 'added': the old provision most of its text came from (an article split in two). */
  readonly splitFrom?: number;
}

export interface VersionComparison {
  /** The language the provisions were matched in: Chinese, the original, when both versions have it. */
  readonly language: Language;
  /** In the order of the new text; removed provisions where they stood in the old one. */
  readonly changes: readonly ProvisionChange[];
}

/**
 * What a revision did to each provision: matched by content (see `matchProvisions`), then
 * 'unchanged' (same text, same number), 'renumbered' (same text, other number), 'changed'
 * (matched, text differs), 'added' or 'removed'. Every old and every new provision appears
 * exactly once, in the order of the new text; a removed one follows the change of the old
 * provision before it.
 */
export function compareVersions(before: readonly ComparableProvision[], after: readonly ComparableProvision[]): VersionComparison {
  const language = matchingLanguage(before, after);
  const { pairs, mergedInto, splitFrom } = matchProvisions(before, after, language);
  const oldOf = new Map([...pairs].map(([oldIndex, newIndex]) => [newIndex, oldIndex]));
  const changes: ProvisionChange[][] = after.map((next, newIndex) => {
    const oldIndex = oldOf.get(newIndex);
    if (oldIndex === undefined) {
      const from = splitFrom.get(newIndex);
      return [{ kind: 'added', old: null, new: next.number, ...(from !== undefined && { splitFrom: before[from].number }) }];
    }
    const previous = before[oldIndex];
    const kind = sameText(previous, next) ? (previous.number === next.number ? 'unchanged' : 'renumbered') : 'changed';
    return [{ kind, old: previous.number, new: next.number }];
  });
  const leading: ProvisionChange[] = [];
  let standing = leading;
  before.forEach((previous, oldIndex) => {
    const newIndex = pairs.get(oldIndex);
    if (newIndex !== undefined) {
      standing = changes[newIndex];
      return;
    }
    const into = mergedInto.get(oldIndex);
    standing.push({ kind: 'removed', old: previous.number, new: null, ...(into !== undefined && { mergedInto: after[into].number }) });
  });
  return { language, changes: [...leading, ...changes.flat()] };
}
