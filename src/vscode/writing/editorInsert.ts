import * as vscode from 'vscode';

/**
 * Replaces every selection of the editor (each cursor, for an empty one) with its text, as one
 * edit that undoes at once, and leaves the cursors after what was inserted so writing goes on.
 */
export async function insertAtSelections(editor: vscode.TextEditor, textFor: (selection: vscode.Selection) => string): Promise<boolean> {
  const selections = editor.selections;
  const done = await editor.edit((builder) => {
    for (const selection of selections) {
      builder.replace(selection, textFor(selection));
    }
  });
  if (done) {
    editor.selections = editor.selections.map((selection) => new vscode.Selection(selection.end, selection.end));
  }
  return done;
}

/** The editor a command writes into: the active one, unless it shows something that cannot be edited. */
export function writableEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && isWritable(editor.document) ? editor : undefined;
}

// Content-provider documents (the policy texts) belong to no file system and are read-only.
function isWritable(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'untitled' || vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) === true;
}
