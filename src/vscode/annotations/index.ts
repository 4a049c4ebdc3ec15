import * as vscode from 'vscode';
import { AnnotationStore } from '../../core/annotations/store/store';
import { NotesFileSystem } from '../../core/storage';
import { Refused } from '../commands/result';
import { DocumentsExtensions } from '../documents';
import { Platform } from '../../platform/platform';
import { ReadingExtensions } from '../reading';
import { SearchExtensions } from '../search';
import { Services } from '../services';
import { DescribedTreeLevel } from '../tree/describeTree';
import { ProvisionChildrenSource } from '../tree/nodes';
import { WritingExtensions } from '../writing';
import { storeToRead, storeToWrite } from './access';
import { annotateSelectionCommand } from './annotateSelection';
import { deleteAnnotationCommand, editAnnotationCommand } from './annotationCommands';
import { AnnotationService } from './annotationService';
import { autocodeCommand } from './autocodeCommand';
import { registerCommentCommands } from './comments/commentCommands';
import { DescribedThread, NoteThreads } from './comments/threads';
import { AnnotationDecorations } from './decorations';
import { registerNotesDiagnostics } from './diagnostics';
import { registerFilterCommands } from './filterCommands';
import { notesHover } from './hover';
import { NotesServices } from './notesServices';
import { addNoteCommand, tagProvisionCommand } from './provisionCommands';
import { provisionNotes } from './provisionNotes';
import { revealAnnotationCommand } from './revealAnnotation';
import { notesFolderSetting } from './settings';
import { mergeTagsCommand, newTagCommand, renameTagCommand } from './tagCommands';
import { registerTagsView } from './tagsView';
import { annotationChildren } from './treeChildren';
import { WriteCommandWays, writeCommand } from './writeCommand';
import { Call, registerCommand } from '../commands/declaration';
import { ANNOTATION_COMMANDS } from './commands';

export type { AnnotationService } from './annotationService';
export type { DescribedThread } from './comments/threads';
export type { NotesServices } from './notesServices';
export type { WriteCommandWays } from './writeCommand';

/**
 * The workspace's notes, which this feature owns (see AnnotationService): created before the
 * features that the annotations plug into, and disposed with the extension.
 */
export function open(context: vscode.ExtensionContext, services: Services, platform: Platform): AnnotationService {
  const notes = new AnnotationService({ getLibrary: () => services.getLibrary(), log: services.log, platform });
  // A document added or removed: the notes are checked against the documents as they now are.
  context.subscriptions.push(notes, services.onDidChangeLibrary(() => notes.libraryChanged()));
  return notes;
}

/** What the annotation views offer the API. */
export interface AnnotationViews {
  /** The Tags view as it shows it: the node with `id` (`tag:<id>`; the root when absent) and its children. */
  describeTags(id?: string): Promise<DescribedTreeLevel>;
  /** The comment threads in the side-by-side editors, once they are in step with the notes. */
  describeNoteThreads(): Promise<DescribedThread[]>;
}

/**
 * Annotating: tags, notes and the codebook, kept as YAML files in the workspace, with their
 * commands, the Tags view, comment threads, decorations and the Problems of broken files.
 */
export function register(context: vscode.ExtensionContext, services: NotesServices): AnnotationViews {
  const service = services.annotations;
  registerNotesDiagnostics(context, service);
  const describeTags = registerTagsView(context, services);
  registerFilterCommands(context, services);
  const threads = new NoteThreads(services, context.workspaceState);
  registerCommentCommands(context, services, threads);
  context.subscriptions.push(
    threads,
    new AnnotationDecorations(services),
    registerCommand(ANNOTATION_COMMANDS.tagProvision, tagProvisionCommand(services)),
    registerCommand(ANNOTATION_COMMANDS.annotateSelection, annotateSelectionCommand(services)),
    registerCommand(ANNOTATION_COMMANDS.addNote, addNoteCommand(services)),
    registerCommand(ANNOTATION_COMMANDS.autocode, autocodeCommand(services)),
    registerCommand(ANNOTATION_COMMANDS.editAnnotation, editAnnotationCommand(service)),
    registerCommand(ANNOTATION_COMMANDS.deleteAnnotation, deleteAnnotationCommand(service)),
    registerCommand(ANNOTATION_COMMANDS.newTag, newTagCommand(service)),
    registerCommand(ANNOTATION_COMMANDS.renameTag, renameTagCommand(service)),
    registerCommand(ANNOTATION_COMMANDS.mergeTags, mergeTagsCommand(service)),
    registerCommand(ANNOTATION_COMMANDS.revealAnnotation, revealAnnotationCommand(services)),
  );
  return {
    describeTags,
    describeNoteThreads: async () => {
      await threads.sync();
      return threads.describe();
    },
  };
}

/** Annotations in reading: notes in the side-by-side hover. */
export function readingExtensions(services: Services, notes: AnnotationService): ReadingExtensions {
  return { hoverContributors: [notesHover(services, notes)] };
}

/** Annotations in the search: the tags and notes on each provision are searched too. */
export function searchExtensions(notes: AnnotationService): SearchExtensions {
  return {
    notes: provisionNotes(notes),
    onDidChangeNotes: notes.onDidChange,
    notedDocuments: async () => new Set((await notes.store())?.annotations().map((annotation) => annotation.document)),
  };
}

/** Annotations in the Provisions tree: the annotations under each provision. */
export function treeChildren(notes: AnnotationService): ProvisionChildrenSource {
  return annotationChildren(notes);
}

/** Annotations in writing: the tags and notes shown when hovering a reference in a draft. */
export function writingExtensions(notes: AnnotationService): WritingExtensions {
  return { notes: provisionNotes(notes) };
}

/** Annotations in documents: where the notes are that follow a replaced text. */
export function documentsExtensions(): DocumentsExtensions {
  return { notesFolder: notesFolderSetting };
}

/** What annotations offer the features that work on the notes: teams (exports, agreement, comparison, conflicts) and versions (carrying notes). */
export interface NotesAccess {
  readonly service: AnnotationService;
  /** The store for reading; a refusal (shown) without a workspace folder or when the notes cannot be listed. */
  storeToRead(): Promise<AnnotationStore | Refused>;
  /** The store for writing, in a trusted workspace only (the user is asked); else a refusal. */
  storeToWrite(): Promise<AnnotationStore | Refused>;
  /** The files of a workspace folder, as the store reads and writes them. */
  fileSystem(root: vscode.Uri): NotesFileSystem;
  /** A command that writes notes, as annotations' own are: trust and the store first, then the way it was run decides. */
  writeCommand<A, I, T>(ways: WriteCommandWays<A, I, T>): (call: Call<A, I>) => Promise<T | Refused | undefined>;
}

export function notesAccess(notes: AnnotationService): NotesAccess {
  return {
    service: notes,
    storeToRead: () => storeToRead(notes),
    storeToWrite: () => storeToWrite(notes),
    fileSystem: (root) => notes.fileSystem(root),
    writeCommand: (ways) => writeCommand(notes, ways),
  };
}
