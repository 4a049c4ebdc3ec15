import * as vscode from 'vscode';

/**
 * Why an argument object cannot be used, one sentence per kind of value, so that every command
 * says it the same way. Each names the argument as the user wrote it.
 */
export const ARGUMENT_MESSAGES = {
  text: (name: string) => vscode.l10n.t('The argument needs "{0}", a string.', name),
  provision: () => vscode.l10n.t('The argument needs "provision", a provision number such as 15.'),
  provisionOrNull: (name: string) => vscode.l10n.t('"{0}" must be a provision number or null.', name),
  note: () => vscode.l10n.t('"note" must be a string (Markdown).'),
  noteNeeded: () => vscode.l10n.t('The argument needs "note", the text of the note (Markdown).'),
  tags: () => vscode.l10n.t('"tags" must be a list of tag ids, such as ["privacy"].'),
  names: (name: string) => vscode.l10n.t('"{0}" must be a list of coder names.', name),
  label: (name: string) => vscode.l10n.t('"{0}" must be a string (for both languages) or an object with "en" and "zh" strings.', name),
  oneOf: (name: string, values: readonly string[]) => vscode.l10n.t('"{0}" must be one of {1}.', name, values.join(', ')),
  sentences: () => vscode.l10n.t('"sentences" must be a list of sentence numbers, or an object with such lists as "en" and "zh".'),
  flag: (name: string) => vscode.l10n.t('"{0}" must be true or false.', name),
  words: (name: string) => vscode.l10n.t('"{0}" must be an object with "language" ("en" or "zh") and the "start" and "end" offsets of the words in the provision\'s text.', name),
  uri: (name: string) => vscode.l10n.t('"{0}" must be a URI or a path in the workspace folder.', name),
  none: () => vscode.l10n.t('This command takes no arguments.'),
  noDocument: (id: string) => vscode.l10n.t('There is no document "{0}".', id),
} as const;
