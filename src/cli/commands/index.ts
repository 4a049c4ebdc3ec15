import { Command } from '../command';
import { addCommand } from './add';
import { agreementCommand } from './agreement';
import { annotateCommand } from './annotate';
import { alignCommand } from './align';
import { attributesCommand } from './attributes';
import { autocodeCommand } from './autocode';
import { bibCommand } from './bib';
import { chartCommand } from './chart';
import { carryCommand } from './carry';
import { checkCommand } from './check';
import { citeCommand } from './cite';
import { compareCommand } from './compare';
import { diffCommand } from './diff';
import { exportCommand } from './export';
import { helpCommand } from './help';
import { importCommand } from './import';
import { listCommand } from './list';
import { matrixCommand } from './matrix';
import { mergeDriverCommand } from './mergeDriver';
import { reportCommand } from './report';
import { searchCommand } from './search';
import { showCommand } from './show';
import { statsCommand } from './stats';

/** Every command, in the order help lists them: add a new command's file here. */
export const COMMANDS: readonly Command[] = [addCommand, listCommand, showCommand, searchCommand, alignCommand, citeCommand, bibCommand, annotateCommand, checkCommand, diffCommand, exportCommand, importCommand, autocodeCommand, agreementCommand, statsCommand, attributesCommand, reportCommand, matrixCommand, chartCommand, compareCommand, carryCommand, mergeDriverCommand, helpCommand];
