import { Provision } from '../../core/model';

/** What the user has written about a provision: the tags and notes of their annotations. */
export interface ProvisionNotes {
  /** Tag labels, as the user reads them. */
  readonly tags: readonly string[];
  /** The notes' text (Markdown; hovers show it untrusted, without HTML). */
  readonly notes: readonly string[];
}

/**
 * The one hook through which annotations reach the writing features: the provision pick
 * searches what it returns and hovers over references show it. Absent until annotations exist.
 */
export type ProvisionNotesSource = (provision: Provision) => ProvisionNotes | undefined | Promise<ProvisionNotes | undefined>;

/** Tags and notes as lines of text for the search index. */
export function notesSearchText(notes: ProvisionNotes | undefined): string {
  return notes ? [...notes.tags, ...notes.notes].join('\n') : '';
}
