import * as vscode from 'vscode';
import { DEFAULT_NOTES_FOLDER } from '../../core/annotations/files/defaults';
import { joinPath } from '../../core/storage/fileSystem';

/** The settings of annotating; each is read when the store opens, and a change reopens it. */
const SECTION = 'policyAnnotator';
const NOTES_FOLDER = 'notesFolder';
const AUTHOR = 'author';

export function affectsNotes(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(`${SECTION}.${NOTES_FOLDER}`) || event.affectsConfiguration(`${SECTION}.${AUTHOR}`);
}

/**
 * The notes folder relative to the workspace folder, as a POSIX path. A value that would leave the
 * workspace folder (absolute, or with `..`) is not used: notes belong in the repository they annotate.
 */
export function notesFolderSetting(folder: vscode.WorkspaceFolder): string {
  const value = vscode.workspace.getConfiguration(SECTION, folder).get<string>(NOTES_FOLDER, DEFAULT_NOTES_FOLDER).trim().replace(/\\/g, '/');
  const inside = value !== '' && !value.startsWith('/') && !/^[a-zA-Z]:/.test(value) && !value.split('/').includes('..');
  return inside ? joinPath(value) : DEFAULT_NOTES_FOLDER;
}

/** The display name set for new notes, or undefined when the setting is empty. */
export function authorSetting(folder: vscode.WorkspaceFolder): string | undefined {
  return vscode.workspace.getConfiguration(SECTION, folder).get<string>(AUTHOR, '').trim() || undefined;
}
