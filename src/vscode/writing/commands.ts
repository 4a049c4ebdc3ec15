import * as vscode from 'vscode';
import { COMMANDS } from '../commands/commandIds';
import { command } from '../commands/declaration';
import { Refused } from '../commands/result';
import { documentNodeItem } from '../tree/nodes';
import { ENTRY_ARGS, EXPORT_BIBLIOGRAPHY_ARGS } from './bibliographyCommands';
import { QUOTE_ARGS, REFERENCE_ARGS } from './commandArgs';

/** The writing commands, as the command table (src/vscode/commandTable.ts) declares them. */
export const WRITING_COMMANDS = {
  insertReference: command<string | Refused | undefined>()(COMMANDS.insertReference, { args: REFERENCE_ARGS }),
  insertQuote: command<string | Refused | undefined>()(COMMANDS.insertQuote, { args: QUOTE_ARGS }),
  copyBibliographyEntry: command<string | Refused | undefined>()(COMMANDS.copyBibliographyEntry, { args: ENTRY_ARGS, item: documentNodeItem }),
  exportBibliography: command<vscode.Uri | Refused | undefined>()(COMMANDS.exportBibliography, { args: EXPORT_BIBLIOGRAPHY_ARGS }),
};
