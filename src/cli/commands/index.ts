import { Command } from '../command';
import { alignCommand } from './align';
import { citeCommand } from './cite';
import { helpCommand } from './help';
import { listCommand } from './list';
import { searchCommand } from './search';
import { showCommand } from './show';

/** Every command, in the order help lists them: add a new command's file here. */
export const COMMANDS: readonly Command[] = [listCommand, showCommand, searchCommand, alignCommand, citeCommand, helpCommand];
