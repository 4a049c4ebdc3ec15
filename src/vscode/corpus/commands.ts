import { AutocodeOutcome } from '../annotations/autocodeCommand';
import { COMMANDS } from '../commands/commandIds';
import { command } from '../commands/declaration';
import { treeNode, uriItem } from '../commands/items';
import { Refused } from '../commands/result';
import { AUTOCODE_LINES_ARGS, CONCORDANCE_ARGS, ConcordanceResult, SORT_ARGS } from './concordanceCommands';
import { ConcordanceNode } from './concordanceView';
import { WORDS_ARGS, WordsResult } from './wordsCommand';

/** The corpus's commands, as the command table (src/vscode/commandTable.ts) declares them. */
export const CORPUS_COMMANDS = {
  concordance: command<ConcordanceResult | Refused | undefined>()(COMMANDS.concordance, { args: CONCORDANCE_ARGS, item: uriItem }),
  sortConcordance: command<ConcordanceResult | undefined>()(COMMANDS.sortConcordance, { args: SORT_ARGS }),
  autocodeConcordance: command<AutocodeOutcome>()(COMMANDS.autocodeConcordance, { args: AUTOCODE_LINES_ARGS, item: treeNode<ConcordanceNode>(['concordanceLine'], 'index') }),
  words: command<WordsResult | Refused | undefined>()(COMMANDS.words, { args: WORDS_ARGS }),
};

