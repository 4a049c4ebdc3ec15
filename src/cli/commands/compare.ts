import { findProvision } from '../../core/model';
import { ChangeKind, compareVersions } from '../../core/versions/compareVersions';
import { contentOf } from '../../core/versions/provisionContent';
import { diffText } from '../../core/versions/textDiff';
import { Command } from '../command';
import { wordDiff } from '../text/wordDiff';
import { wrap } from '../text/wrap';
import { versionsFor } from './versions';

const KINDS: readonly ChangeKind[] = ['unchanged', 'renumbered', 'changed', 'added', 'removed'];

export const compareCommand: Command = {
  name: 'compare',
  summary: 'what a revision changed, provision by provision: renumbered, changed, added, removed',
  details:
    'Matches the provisions of the two versions by their text, not their numbers, so an article renumbered by the revision is found ' +
    'under its new number and a rewritten one is matched when most of it stays. Text output lists every provision that is not unchanged ' +
    'with its change: [-deleted-]{+inserted+}, character by character in Chinese, word by word in English. --json prints ' +
    '{ "old", "new", "changes": [ { "kind", "old", "new" } ] } in the order of the new text, removed provisions where they stood; kind is ' +
    'unchanged, renumbered, changed, added (old null) or removed (new null); old and new are provision numbers.',
  operands: [{ name: 'old-id' }, { name: 'new-id' }],
  async run({ operands: [oldId, newId] }, context) {
    const [before, after] = versionsFor(await context.library(), oldId, newId);
    const { language, changes } = compareVersions(before.provisions, after.provisions);
    const counts = KINDS.map((kind) => `${changes.filter((change) => change.kind === kind).length} ${kind}`).join(', ');
    return {
      json: { old: before.id, new: after.id, changes: changes.map((change) => ({ kind: change.kind, old: change.old, new: change.new })) },
      text: (width) =>
        [
          `${before.id} (${before.provisions.length} provisions) → ${after.id} (${after.provisions.length})`,
          counts,
          ...changes
            .filter((change) => change.kind !== 'unchanged')
            .flatMap((change) => {
              const old = change.old === null ? undefined : findProvision(before, change.old);
              const next = change.new === null ? undefined : findProvision(after, change.new);
              const how = change.mergedInto ? ` (merged into ${change.mergedInto})` : change.splitFrom ? ` (much of it from ${change.splitFrom})` : '';
              const heading = `${change.kind} ${change.old ?? '—'} → ${change.new ?? '—'}${how}`;
              if (change.kind === 'renumbered') {
                return [heading];
              }
              const body = wordDiff(diffText(old ? contentOf(old, language) : '', next ? contentOf(next, language) : ''));
              return ['', heading, ...wrap(body, width - 2).map((line) => `  ${line}`)];
            }),
        ].join('\n'),
    };
  },
};
