import { ANNOTATION_COMMANDS } from './annotations/commands';
import { COMMANDS, CommandName } from './commands/commandIds';
import { CORPUS_COMMANDS } from './corpus/commands';
import { DOCUMENT_COMMANDS } from './documents/commands';
import { FINDINGS_COMMANDS } from './findings/commands';
import { READING_COMMANDS } from './reading/commands';
import { SEARCH_COMMANDS } from './search/commands';
import { TEAM_COMMANDS } from './teams/commands';
import { TREE_COMMANDS } from './tree/commands';
import { VERSION_COMMANDS } from './versions/commands';
import { WRITING_COMMANDS } from './writing/commands';

/**
 * The typed command table: every command of `COMMANDS` with its declaration (how it reads an
 * argument object and what the UI passes, what it resolves with), declared once, in its feature's
 * `commands.ts`, which its registration and its callers import (the feature folders cannot import
 * this file: it imports them all). Its type fails to compile when a command has no declaration or
 * one under another command's name.
 */
export const COMMAND_TABLE = {
  ...READING_COMMANDS,
  ...SEARCH_COMMANDS,
  ...TREE_COMMANDS,
  ...DOCUMENT_COMMANDS,
  ...WRITING_COMMANDS,
  ...ANNOTATION_COMMANDS,
  ...TEAM_COMMANDS,
  ...VERSION_COMMANDS,
  ...FINDINGS_COMMANDS,
  ...CORPUS_COMMANDS,
} satisfies { readonly [Name in CommandName]: { readonly id: (typeof COMMANDS)[Name] } };
