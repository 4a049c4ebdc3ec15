import { Provision } from '../../core/model';

/** What the user has written about a provision: the tags and notes of their annotations. */
export interface ProvisionNotes {
  /** Tag labels, as the user reads them. */
  readonly tags: readonly string[];
  /** The notes' text (Markdown; hovers show it untrusted, without HTML). */
  readonly notes: readonly string[];
}

/**
 * The one hook through which annotations reach the writing features and the search: hovers over
 * references show what it returns, and the searcher indexes it.
 */
export type ProvisionNotesSource = (provision: Provision) => ProvisionNotes | undefined | Promise<ProvisionNotes | undefined>;

/** Tags and notes as lines of text for the search index. */
export function notesSearchText(notes: ProvisionNotes | undefined): string {
  return notes ? [...notes.tags, ...notes.notes].join('\n') : '';
}
