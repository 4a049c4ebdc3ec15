import * as vscode from 'vscode';
import { COMPLETION_TRIGGERS } from '../../core/references/completionTrigger';
import { Services } from '../services';
import { copyBibliographyEntryCommand, exportBibliographyCommand } from './bibliographyCommands';
import { ReferenceCompletionProvider } from './completion';
import { ReferenceDefinitionProvider } from './definition';
import { ReferenceDiagnostics } from './diagnostics';
import { DraftReferences } from './draftReferences';
import { DRAFT_SELECTOR } from './drafts';
import { ReferenceHoverProvider } from './hover';
import { insertQuoteCommand } from './insertQuote';
import { insertReferenceCommand } from './insertReference';
import { registerLinkedProvisions } from './linkedProvision';
import { ReferenceLinkProvider } from './links';
import { ProvisionNotesSource, ProvisionSearcher } from '../search';
import { ReferenceFormats } from './referenceFormats';
import { registerCommand } from '../commands/declaration';
import { WRITING_COMMANDS } from './commands';

/**
 * What other features plug into writing, wired in extension.ts: annotations hand in `notes`, which
 * hovers over references show. (The provision pick searches them through the searcher.)
 */
export interface WritingExtensions {
  readonly notes?: ProvisionNotesSource;
}

/** Writing with the Opinions: inserting references and quotes, and live references in drafts. */
export function register(context: vscode.ExtensionContext, services: Services, searcher: ProvisionSearcher, extensions: WritingExtensions = {}): void {
  const formats = new ReferenceFormats(services);
  const drafts = new DraftReferences(formats);
  registerLinkedProvisions(services);
  context.subscriptions.push(
    formats,
    drafts,
    new ReferenceDiagnostics(services, drafts, formats),
    registerCommand(WRITING_COMMANDS.insertReference, insertReferenceCommand(formats, searcher)),
    registerCommand(WRITING_COMMANDS.insertQuote, insertQuoteCommand(services, formats, searcher)),
    registerCommand(WRITING_COMMANDS.copyBibliographyEntry, copyBibliographyEntryCommand(formats)),
    registerCommand(WRITING_COMMANDS.exportBibliography, exportBibliographyCommand(formats)),
    vscode.languages.registerHoverProvider(DRAFT_SELECTOR, new ReferenceHoverProvider(drafts, extensions.notes)),
    vscode.languages.registerDocumentLinkProvider(DRAFT_SELECTOR, new ReferenceLinkProvider(drafts)),
    vscode.languages.registerDefinitionProvider(DRAFT_SELECTOR, new ReferenceDefinitionProvider(services, drafts)),
    vscode.languages.registerCompletionItemProvider(DRAFT_SELECTOR, new ReferenceCompletionProvider(formats), ...COMPLETION_TRIGGERS),
  );
}
