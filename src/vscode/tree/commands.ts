import * as vscode from 'vscode';
import { isAttributeName } from '../../core/documents/documentAttributes';
import { COMMANDS } from '../commands/commandIds';
import { command } from '../commands/declaration';
import { Reader, string } from '../commands/readers';
import { ok, refusal } from '../commands/result';
import { DocumentGrouping } from './groupDocumentsCommand';

/** What "Filter Provisions…" returns: the query it applied and the provisions left in the tree. */
export interface FilterResult {
  readonly query: string;
  readonly provisions: readonly string[];
}

const attributeName: Reader<string> = (value, name) =>
  typeof value === 'string' && isAttributeName(value) ? ok(value) : refusal(vscode.l10n.t('"{0}" must be an attribute name (year, type, issuer, level…) or "none".', name));

/** The Provisions tree's commands, as the command table (src/vscode/commandTable.ts) declares them. */
export const TREE_COMMANDS = {
  filterProvisions: command<FilterResult | undefined>()(COMMANDS.filterProvisions, { args: { query: string } }),
  clearProvisionFilter: command<void>()(COMMANDS.clearProvisionFilter),
  groupDocumentsBy: command<DocumentGrouping | undefined>()(COMMANDS.groupDocumentsBy, { args: { attribute: attributeName } }),
};
