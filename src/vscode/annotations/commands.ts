import * as vscode from 'vscode';
import { Annotation, Tag } from '../../core/annotations/model/annotation';
import { Outcome } from '../../core/annotations/store/store';
import { COMMANDS } from '../commands/commandIds';
import { ItemReader, command, uiCommand } from '../commands/declaration';
import { text } from '../commands/readers';
import { Refused } from '../commands/result';
import { SideBySideEditors } from '../reading/sideBySide';
import { provisionNodeItem } from '../tree/nodes';
import { EDIT_ANNOTATION_ARGS } from './annotationCommands';
import { ANNOTATE_SELECTION_ARGS } from './annotateSelection';
import { AUTOCODE_ARGS, AutocodeOutcome } from './autocodeCommand';
import { NoteComment } from './comments/noteComment';
import { annotationItem, tagNodeItem } from './itemIds';
import { OutcomeWithTags } from './newTags';
import { ADD_NOTE_ARGS, TAG_PROVISION_ARGS } from './provisionCommands';
import { NEW_TAG_ARGS } from './tagCommands';

/** What the filter commands return: the criterion applied and the provisions left in the tree. */
export interface AnnotationFilterResult {
  readonly tag?: string;
  readonly author?: string;
  readonly provisions: readonly string[];
}

type Written<T> = Outcome<T> | Refused | undefined;

const noteComment: ItemReader<NoteComment> = (value) => (value instanceof NoteComment ? value : undefined);

/** What the comment box's button passes: the reply's text and its thread. */
const commentReply: ItemReader<vscode.CommentReply> = (value) => {
  const reply = typeof value === 'object' && value !== null ? (value as Partial<vscode.CommentReply>) : undefined;
  return reply && typeof reply.text === 'string' && reply.thread ? (reply as vscode.CommentReply) : undefined;
};

const commentThread: ItemReader<vscode.CommentThread> = (value) => {
  const thread = typeof value === 'object' && value !== null ? (value as Partial<vscode.CommentThread>) : undefined;
  return thread && thread.uri instanceof vscode.Uri && Array.isArray(thread.comments) ? (thread as vscode.CommentThread) : undefined;
};

/** The annotations' commands, as the command table (src/vscode/commandTable.ts) declares them. */
export const ANNOTATION_COMMANDS = {
  tagProvision: command<OutcomeWithTags<Annotation> | Refused | undefined>()(COMMANDS.tagProvision, { args: TAG_PROVISION_ARGS, item: provisionNodeItem }),
  addNote: command<OutcomeWithTags<Annotation> | Refused | undefined>()(COMMANDS.addNote, { args: ADD_NOTE_ARGS, item: provisionNodeItem }),
  annotateSelection: command<OutcomeWithTags<Annotation> | Refused | undefined>()(COMMANDS.annotateSelection, { args: ANNOTATE_SELECTION_ARGS }),
  autocode: command<AutocodeOutcome>()(COMMANDS.autocode, { args: AUTOCODE_ARGS }),
  editAnnotation: command<OutcomeWithTags<Annotation> | Refused | undefined>()(COMMANDS.editAnnotation, { args: EDIT_ANNOTATION_ARGS, item: annotationItem }),
  deleteAnnotation: command<Written<void>>()(COMMANDS.deleteAnnotation, { args: { id: text }, item: annotationItem }),
  newTag: command<Written<Tag>>()(COMMANDS.newTag, { args: NEW_TAG_ARGS, item: tagNodeItem }),
  renameTag: command<Written<string>>()(COMMANDS.renameTag, { args: { from: text, to: text }, item: tagNodeItem }),
  mergeTags: command<Written<string>>()(COMMANDS.mergeTags, { args: { from: text, into: text }, item: tagNodeItem }),
  filterByTag: command<AnnotationFilterResult | Refused | undefined>()(COMMANDS.filterByTag, { args: { tag: text }, item: tagNodeItem }),
  filterByAuthor: command<AnnotationFilterResult | Refused | undefined>()(COMMANDS.filterByAuthor, { args: { author: text } }),
  revealAnnotation: command<SideBySideEditors | Refused | undefined>()(COMMANDS.revealAnnotation, { args: { id: text } }),
  commentsAdd: uiCommand<Written<Annotation>>()(COMMANDS.commentsAdd, commentReply),
  commentsEdit: uiCommand<void>()(COMMANDS.commentsEdit, noteComment),
  commentsSave: uiCommand<Written<Annotation>>()(COMMANDS.commentsSave, noteComment),
  commentsCancel: uiCommand<void>()(COMMANDS.commentsCancel, noteComment),
  commentsDelete: uiCommand<Written<void>>()(COMMANDS.commentsDelete, noteComment),
  commentsResolve: uiCommand<void>()(COMMANDS.commentsResolve, commentThread),
  commentsReopen: uiCommand<void>()(COMMANDS.commentsReopen, commentThread),
};
