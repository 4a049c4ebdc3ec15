import * as vscode from 'vscode';
import { notesFolderSetting } from '../annotations/settings';
import { isDraft } from '../writing/drafts';
import { OnDemandFeatures } from './onDemandFeatures';
import { researchFolder } from '../researchFolder';

const POLICY_TEXT_SCHEME = 'policy-text';

/** A YAML file in the notes folder of the research folder (whose problems and conflicts are shown). */
function isNotesFile(document: vscode.TextDocument): boolean {
  const folder = researchFolder();
  if (!folder || document.uri.scheme !== folder.uri.scheme || !document.uri.path.endsWith('.yaml')) {
    return false;
  }
  const notes = notesFolderSetting(folder);
  const root = folder.uri.path.replace(/\/$/, '');
  return document.uri.path.startsWith(notes === '' ? `${root}/` : `${root}/${notes}/`);
}

/**
 * Documents the features work on as soon as they are open: drafts (their references are
 * checked), policy texts (notes, comments, decorations) and notes files (their problems). The
 * first such document loads the features; one already open when the extension activated (the
 * draft that activated it) does so right after activation.
 */
export function loadForDocuments(context: vscode.ExtensionContext, features: OnDemandFeatures): void {
  const needs = (document: vscode.TextDocument): boolean => isDraft(document) || document.uri.scheme === POLICY_TEXT_SCHEME || isNotesFile(document);
  const opened = vscode.workspace.onDidOpenTextDocument((document) => {
    if (needs(document)) {
      opened.dispose();
      features.get();
    }
  });
  context.subscriptions.push(opened);
  if (vscode.workspace.textDocuments.some(needs)) {
    const timer = setTimeout(() => {
      opened.dispose();
      features.get();
    }, 0);
    context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  }
}
