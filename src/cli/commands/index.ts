import { Command } from '../command';
import { addCommand } from './add';
import { agreementCommand } from './agreement';
import { annotateCommand } from './annotate';
import { alignCommand } from './align';
import { autocodeCommand } from './autocode';
import { bibCommand } from './bib';
import { carryCommand } from './carry';
import { checkCommand } from './check';
import { citeCommand } from './cite';
import { compareCommand } from './compare';
import { diffCommand } from './diff';
import { exportCommand } from './export';
import { helpCommand } from './help';
import { importCommand } from './import';
import { listCommand } from './list';
import { mergeDriverCommand } from './mergeDriver';
import { searchCommand } from './search';
import { showCommand } from './show';
import { statsCommand } from './stats';
import { citationsCommand } from './citations';
import { kwicCommand } from './kwic';
import { relatedCommand } from './related';
import { wordsCommand } from './words';

/** Every command, in the order help lists them: add a new command's file here. */
export const COMMANDS: readonly Command[] = [addCommand, listCommand, showCommand, searchCommand, alignCommand, citeCommand, bibCommand, annotateCommand, checkCommand, diffCommand, exportCommand, importCommand, autocodeCommand, agreementCommand, statsCommand, wordsCommand, kwicCommand, relatedCommand, citationsCommand, compareCommand, carryCommand, mergeDriverCommand, helpCommand];
