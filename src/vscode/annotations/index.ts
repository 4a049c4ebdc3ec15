import * as vscode from 'vscode';
import { ReadingExtensions } from '../reading';
import { Services } from '../services';
import { WritingExtensions } from '../writing';
import { annotateSelectionCommand } from './annotateSelection';
import { deleteAnnotationCommand, editAnnotationCommand } from './annotationCommands';
import { autocodeCommand } from './autocodeCommand';
import { registerCommentCommands } from './comments/commentCommands';
import { NoteThreads } from './comments/threads';
import { AnnotationDecorations } from './decorations';
import { registerNotesDiagnostics } from './diagnostics';
import { registerFilterCommands } from './filterCommands';
import { notesHover } from './hover';
import { addNoteCommand, tagProvisionCommand } from './provisionCommands';
import { provisionNotes } from './provisionNotes';
import { revealAnnotationCommand } from './revealAnnotation';
import { mergeTagsCommand, newTagCommand, renameTagCommand } from './tagCommands';
import { registerTagsView } from './tagsView';
import { annotationChildren } from './treeChildren';

/**
 * Annotating: tags, notes and the codebook, kept as YAML files in the workspace (see
 * AnnotationService, on Services), with their commands, the Tags view, comment threads,
 * decorations and the Problems of broken files.
 */
export function register(context: vscode.ExtensionContext, services: Services): void {
  const service = services.annotations;
  registerNotesDiagnostics(context, service);
  registerTagsView(context, services);
  registerFilterCommands(context, services);
  const threads = new NoteThreads(services, context.workspaceState);
  registerCommentCommands(context, services, threads);
  context.subscriptions.push(
    threads,
    new AnnotationDecorations(services),
    vscode.commands.registerCommand('policyAnnotator.tagProvision', tagProvisionCommand(services)),
    vscode.commands.registerCommand('policyAnnotator.annotateSelection', annotateSelectionCommand(services)),
    vscode.commands.registerCommand('policyAnnotator.addNote', addNoteCommand(services)),
    vscode.commands.registerCommand('policyAnnotator.autocode', autocodeCommand(services)),
    vscode.commands.registerCommand('policyAnnotator.editAnnotation', editAnnotationCommand(service)),
    vscode.commands.registerCommand('policyAnnotator.deleteAnnotation', deleteAnnotationCommand(service)),
    vscode.commands.registerCommand('policyAnnotator.newTag', newTagCommand(service)),
    vscode.commands.registerCommand('policyAnnotator.renameTag', renameTagCommand(service)),
    vscode.commands.registerCommand('policyAnnotator.mergeTags', mergeTagsCommand(service)),
    vscode.commands.registerCommand('policyAnnotator.revealAnnotation', revealAnnotationCommand(services)),
  );
}

/** Annotations in reading: notes in the side-by-side hover, annotations under provisions in the tree. */
export function readingExtensions(services: Services): ReadingExtensions {
  return { hoverContributors: [notesHover(services)], childrenSources: [annotationChildren(services.annotations)] };
}

/** Annotations in writing: the tags and notes shown when hovering a reference in a draft. */
export function writingExtensions(services: Services): WritingExtensions {
  return { notes: provisionNotes(services.annotations) };
}
