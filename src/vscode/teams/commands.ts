import * as vscode from 'vscode';
import { AgreementReport } from '../../core/teams/agreement/agreementReport';
import { COMMANDS } from '../commands/commandIds';
import { command } from '../commands/declaration';
import { uriItem } from '../commands/items';
import { coderNames, optional, text } from '../commands/readers';
import { Refused } from '../commands/result';
import { EXPORT_ARGS } from './exportCommand';
import { NotesComparisonResult } from './notesComparison';
import { RESOLVE_ARGS, ResolveResult } from './resolveConflict';

/** The teams' commands, as the command table (src/vscode/commandTable.ts) declares them. */
export const TEAM_COMMANDS = {
  exportAnnotations: command<vscode.Uri | Refused | undefined>()(COMMANDS.exportAnnotations, { args: EXPORT_ARGS }),
  showAgreement: command<AgreementReport | Refused | undefined>()(COMMANDS.showAgreement, { args: { authors: optional(coderNames) } }),
  compareNotesWithRevision: command<NotesComparisonResult | Refused | undefined>()(COMMANDS.compareNotesWithRevision, { args: { revision: text } }),
  closeNotesComparison: command<void>()(COMMANDS.closeNotesComparison),
  resolveNotesConflict: command<ResolveResult | Refused | undefined>()(COMMANDS.resolveNotesConflict, { args: RESOLVE_ARGS, item: uriItem }),
};
