import { Language } from '../../../core/model';

/** What a new note in a thread annotates: the provision, or words of its text in one language (offsets in that text). */
export interface NoteTarget {
  readonly document: string;
  readonly provision: number;
  readonly span?: { readonly language: Language; readonly start: number; readonly end: number };
}
