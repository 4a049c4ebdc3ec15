import { AnnotationChange, AnnotationEdit } from './annotationDiff';
import { annotationLine, oneLine, shorten } from './annotationLine';
import { SidecarDiff } from './notesDiff';
import { localized } from '../../l10n/localized';
import { numberKey } from '../../model';

// Enough of a quote or note to recognise it; the files hold the rest.
const QUOTE = 40;
const NOTE = 60;

const NOTE_CHANGES = { added: 'changes.note.added', removed: 'changes.note.removed', changed: 'changes.note.changed' } as const;

/**
 * A change in words: `+ ¶15 [privacy] en "personal information…" — note…` for an added
 * annotation, `- …` for a removed one, `~ ¶15 tags: +privacy −security; note changed` for an edit.
 */
export function changeLine(change: AnnotationChange): string {
  switch (change.kind) {
    case 'added':
      return `+ ${annotationLine(change.annotation, { maxQuote: QUOTE, maxNote: NOTE })}`;
    case 'removed':
      return `- ${annotationLine(change.annotation, { maxQuote: QUOTE, maxNote: NOTE })}`;
    case 'changed':
      return `~ ¶${numberKey(change.annotation.provision)} ${editWords(change.edit)}`;
  }
}

/** `tags: +privacy −security; note changed`. */
export function editWords(edit: AnnotationEdit): string {
  const quoted = (text: string | undefined) => (text === undefined ? localized('changes.wholeProvision') : `"${shorten(oneLine(text), QUOTE)}"`);
  const tags = [...edit.tagsAdded.map((tag) => `+${tag}`), ...edit.tagsRemoved.map((tag) => `−${tag}`)];
  return [
    ...(edit.provision ? [localized('changes.moved', edit.provision.from)] : []),
    ...(edit.quote ? [localized('changes.quote', quoted(edit.quote.from), quoted(edit.quote.to))] : []),
    ...(tags.length > 0 ? [localized('changes.tags', tags.join(' '))] : []),
    ...(edit.note ? [localized(NOTE_CHANGES[edit.note])] : []),
  ].join('; ');
}

/** The heading of one file's changes: `policy-notes/…/li-wei.yaml (Li Wei, new file)`. */
export function sidecarHeading(diff: SidecarDiff): string {
  const status = diff.status === 'added' ? localized('changes.newFile') : diff.status === 'deleted' ? localized('changes.deleted') : undefined;
  const about = [diff.author, status].filter((part): part is string => part !== undefined);
  return about.length > 0 ? `${diff.path} (${about.join(', ')})` : diff.path;
}

/** Every file's heading and its changes, grouped, as the command line and the textconv-less view print them. */
export function notesDiffText(diffs: readonly SidecarDiff[]): string {
  if (diffs.length === 0) {
    return localized('changes.none');
  }
  return diffs
    .map((diff) => {
      const body = diff.unreadable !== undefined ? [localized('changes.notCompared', diff.unreadable)] : diff.changes.length > 0 ? diff.changes.map(changeLine) : [localized('changes.onlyTimes')];
      return [sidecarHeading(diff), ...body.map((line) => `  ${line}`)].join('\n');
    })
    .join('\n\n');
}
