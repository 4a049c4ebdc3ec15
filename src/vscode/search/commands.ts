import { COMMANDS } from '../commands/commandIds';
import { command } from '../commands/declaration';
import { string } from '../commands/readers';
import { ProvisionSearchResult } from './searchProvisions';

/** The search's command, as the command table (src/vscode/commandTable.ts) declares it. */
export const SEARCH_COMMANDS = {
  searchProvisions: command<readonly ProvisionSearchResult[]>()(COMMANDS.searchProvisions, { args: { query: string } }),
};
