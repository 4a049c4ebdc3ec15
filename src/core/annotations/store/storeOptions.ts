import { Library } from '../../library';
import { Bilingual, Language } from '../../model';
import { Limits } from '../../yaml';
import { NotesFileSystem, SettleTiming } from '../../storage';
import { NotesCache } from './notesCache';

/** How a store is opened, and the shapes of what its edits are asked (see AnnotationStore). */

export interface StoreOptions {
  readonly fs: NotesFileSystem;
  readonly library: Library;
  /** The notes folder, relative to the workspace root, e.g. `notes`. */
  readonly notesFolder: string;
  /** The display name of the coder who uses this store; new annotations go to their file. */
  readonly author: string;
  readonly now?: () => Date;
  readonly limits?: Limits;
  /**
   * `all` (the default) reads every sidecar on opening; `asked` reads only the codebook, and a
   * document's sidecars when `readDocument` asks for them (the first edit of a document reads them
   * too), so that a corpus opens at the cost of the documents shown.
   */
  readonly read?: 'all' | 'asked';
  /** How a file caught while another program writes it is followed until it is quiet (see settledRead.ts). */
  readonly settling?: SettleTiming;
  /** Coder files as read before, to take instead of parsing them again (see notesCache.ts). */
  readonly cache?: NotesCache;
}

export interface NewAnnotation {
  readonly document: string;
  readonly provision: number;
  /** Offsets in the provision's text in `language`; omitted for the whole provision. */
  readonly span?: { readonly language: Language; readonly start: number; readonly end: number };
  readonly tags?: readonly string[];
  readonly note?: string;
}

/** A passage of a document to code: a whole provision, or offsets in its text in one language. */
export type PassageToCode = Pick<NewAnnotation, 'provision' | 'span'>;

export interface AnnotationChanges {
  readonly tags?: readonly string[];
  /** Markdown; an empty or blank note removes it. */
  readonly note?: string;
}

export interface TagChanges {
  readonly label?: Bilingual;
  readonly description?: string;
  readonly color?: string;
  /** null makes the tag top-level. */
  readonly parent?: string | null;
}

/** Files whose content or problems changed; a codebook change can change every notes file's problems. */
export interface StoreChange {
  readonly paths: readonly string[];
}
