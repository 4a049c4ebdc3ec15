import * as vscode from 'vscode';
import { Annotation } from '../../../core/annotations/model/annotation';
import { selectionTarget } from '../../../core/annotations/model/placement';
import { Outcome } from '../../../core/annotations/store/store';
import { findProvision } from '../../../core/model';
import { placeAt } from '../../../core/render/renderDocument';
import { resolvePolicyText } from '../../reading/policyText';
import { NotesServices } from '../notesServices';
import { Refused, isRefused, refused } from '../../commands/result';
import { reported, storeToWrite } from '../access';
import { confirmDeletion } from '../annotationCommands';
import { renderedOffset } from '../renderedRange';
import { NoteTarget } from './noteTarget';
import { NoteThreads } from './threads';
import { registerCommand } from '../../commands/declaration';
import { ANNOTATION_COMMANDS } from '../commands';
import { NoteComment } from './noteComment';

/**
 * Where a thread the user started (the + in the gutter, or a selection) puts its note: on the
 * selected words, or on the whole provision when it covers no words in particular (an empty range,
 * the heading, or the provision's whole text).
 */
async function targetOfNewThread(services: NotesServices, thread: vscode.CommentThread): Promise<NoteTarget | undefined> {
  const text = thread.range && (await resolvePolicyText(services.shared, thread.uri));
  if (!text || !thread.range) {
    return undefined;
  }
  const rendered = text.renderings[text.language];
  const start = renderedOffset(rendered, thread.range.start);
  const selected = selectionTarget(rendered, start, renderedOffset(rendered, thread.range.end));
  if (!('refused' in selected)) {
    const length = findProvision(text.document, selected.provision)?.text[text.language].length ?? 0;
    if (selected.start > 0 || selected.end < length) {
      return { document: text.document.id, provision: selected.provision, span: { language: text.language, start: selected.start, end: selected.end } };
    }
  }
  const place = placeAt(rendered, start);
  return place.kind === 'provision' ? { document: text.document.id, provision: place.number } : undefined;
}

/**
 * The comment threads' buttons: a new note or a reply (a note on the same words), edit, save and
 * cancel, delete (after asking), resolve and reopen. Not in the palette: VS Code passes them the
 * thread or comment. `policyAnnotator.comments.describe` lets the tests read the threads.
 */
export function registerCommentCommands(context: vscode.ExtensionContext, services: NotesServices, threads: NoteThreads): void {
  const service = services.annotations;

  const addNote = async (reply: vscode.CommentReply | undefined): Promise<Outcome<Annotation> | Refused | undefined> => {
    if (!reply) {
      return undefined;
    }
    if (reply.text.trim() === '') {
      return refused(vscode.l10n.t('A note cannot be empty.'));
    }
    const store = await storeToWrite(service);
    if (isRefused(store)) {
      return store;
    }
    const ours = threads.targetOf(reply.thread);
    const target = ours.known ? ours.target : await targetOfNewThread(services, reply.thread);
    if (!target) {
      return refused(vscode.l10n.t('Notes go on a provision: its heading or words of its text.'));
    }
    const outcome = reported(await store.add({ ...target, note: reply.text }));
    if (outcome.ok && !ours.known) {
      // The note now shows in a thread kept in step with the store, at the same place.
      reply.thread.dispose();
    }
    return outcome;
  };

  const save = async (comment: NoteComment | undefined): Promise<Outcome<Annotation> | Refused | undefined> => {
    if (!comment) {
      return undefined;
    }
    const store = await storeToWrite(service);
    if (isRefused(store)) {
      return store;
    }
    // Out of edit mode first: the update's own refresh of the thread then shows the saved note.
    comment.mode = vscode.CommentMode.Preview;
    const outcome = reported(await store.update(comment.annotation.id, { note: comment.text }));
    if (!outcome.ok) {
      threads.setMode(comment, vscode.CommentMode.Editing);
    }
    return outcome;
  };

  const remove = async (comment: NoteComment | undefined): Promise<Outcome<void> | Refused | undefined> => {
    if (!comment || !(await confirmDeletion(comment.annotation))) {
      return undefined;
    }
    const store = await storeToWrite(service);
    if (isRefused(store)) {
      return store;
    }
    return reported(await store.delete(comment.annotation.id));
  };

  const setMode = (mode: vscode.CommentMode) => (comment: NoteComment | undefined) => {
    if (comment) {
      threads.setMode(comment, mode);
    }
  };

  context.subscriptions.push(
    registerCommand(ANNOTATION_COMMANDS.commentsAdd, (call) => addNote(call.item)),
    registerCommand(ANNOTATION_COMMANDS.commentsEdit, (call) => setMode(vscode.CommentMode.Editing)(call.item)),
    registerCommand(ANNOTATION_COMMANDS.commentsSave, (call) => save(call.item)),
    registerCommand(ANNOTATION_COMMANDS.commentsCancel, async (call) => {
      setMode(vscode.CommentMode.Preview)(call.item);
      // Puts back the text the edit box changed.
      await threads.sync();
    }),
    registerCommand(ANNOTATION_COMMANDS.commentsDelete, (call) => remove(call.item)),
    registerCommand(ANNOTATION_COMMANDS.commentsResolve, async (call) => call.item && threads.setResolved(call.item, true)),
    registerCommand(ANNOTATION_COMMANDS.commentsReopen, async (call) => call.item && threads.setResolved(call.item, false)),
  );
}
