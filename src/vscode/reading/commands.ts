import { Language } from '../../core/model';
import { COMMANDS } from '../commands/commandIds';
import { command } from '../commands/declaration';
import { Refused } from '../commands/result';
import { SIDE_BY_SIDE_ARGS, SideBySideEditors } from './sideBySide';

/** The reading commands, as the command table (src/vscode/commandTable.ts) declares them. */
export const READING_COMMANDS = {
  openSideBySide: command<SideBySideEditors | Refused>()(COMMANDS.openSideBySide, { args: SIDE_BY_SIDE_ARGS }),
  goToProvision: command<SideBySideEditors | Refused | undefined>()(COMMANDS.goToProvision, { args: SIDE_BY_SIDE_ARGS }),
  swapLanguages: command<Language>()(COMMANDS.swapLanguages),
  toggleLinkedScrolling: command<boolean>()(COMMANDS.toggleLinkedScrolling),
};
