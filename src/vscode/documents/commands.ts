import { COMMANDS } from '../commands/commandIds';
import { command } from '../commands/declaration';
import { text } from '../commands/readers';
import { Refused } from '../commands/result';
import { documentNodeItem } from '../tree/nodes';
import { ADD_DOCUMENT_ARGS, AddedDocument } from './addDocumentCommand';
import { ADD_DOCUMENTS_ARGS, AddedDocuments } from './addDocumentsCommand';
import { RemovedDocument } from './removeDocumentCommand';

/** The documents' commands, as the command table (src/vscode/commandTable.ts) declares them. */
export const DOCUMENT_COMMANDS = {
  addDocument: command<AddedDocument | Refused | undefined>()(COMMANDS.addDocument, { args: ADD_DOCUMENT_ARGS }),
  addDocuments: command<AddedDocuments | Refused | undefined>()(COMMANDS.addDocuments, { args: ADD_DOCUMENTS_ARGS }),
  removeDocument: command<RemovedDocument | Refused | undefined>()(COMMANDS.removeDocument, { args: { document: text }, item: documentNodeItem }),
};
