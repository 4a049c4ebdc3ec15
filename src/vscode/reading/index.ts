import * as vscode from 'vscode';
import { Services } from '../services';
import { registerContentProvider } from './contentProvider';
import { goToProvisionCommand, openSideBySideCommand } from './goToProvision';
import { HoverContributor, PolicyHoverProvider, alignedSentenceHover } from './hover';
import { swapLanguagesCommand, toggleLinkedScrolling } from './layoutCommands';
import { LinkedEditors, ProvisionFocus } from './linkedEditors';
import { PolicyFoldingProvider, PolicyOutlineProvider } from './outline';
import { POLICY_SCHEME } from './policyUri';
import { RevealGuard } from './revealGuard';
import { SETTINGS, affects } from './settings';
import { SideBySide } from './sideBySide';
import { registerCommand } from '../commands/declaration';
import { READING_COMMANDS } from './commands';

/** What other features plug into reading, wired in extension.ts: e.g. notes add a hover section. */
export interface ReadingExtensions {
  readonly hoverContributors?: readonly HoverContributor[];
}

/** What reading offers other features: the side-by-side editors, and where their cursor is. */
export interface Reading {
  readonly sideBySide: SideBySide;
  /** Fires when the cursor of a side-by-side editor moves into another provision. */
  readonly onDidMoveToProvision: vscode.Event<ProvisionFocus>;
}

const SELECTOR: vscode.DocumentSelector = { scheme: POLICY_SCHEME };

/** Reading the Opinions: the linked English/Chinese editors, their outline, folding and hovers. */
export function register(context: vscode.ExtensionContext, services: Services, extensions: ReadingExtensions = {}): Reading {
  const guard = new RevealGuard();
  const sideBySide = new SideBySide(services, guard);
  const linked = new LinkedEditors(services, sideBySide, guard);

  registerContentProvider(services);
  context.subscriptions.push(
    linked,
    vscode.languages.registerHoverProvider(SELECTOR, new PolicyHoverProvider(services, [alignedSentenceHover, ...(extensions.hoverContributors ?? [])])),
    vscode.languages.registerDocumentSymbolProvider(SELECTOR, new PolicyOutlineProvider(services)),
    vscode.languages.registerFoldingRangeProvider(SELECTOR, new PolicyFoldingProvider(services)),
    registerCommand(READING_COMMANDS.openSideBySide, openSideBySideCommand(sideBySide)),
    registerCommand(READING_COMMANDS.goToProvision, goToProvisionCommand(services, sideBySide)),
    registerCommand(READING_COMMANDS.swapLanguages, swapLanguagesCommand(sideBySide)),
    registerCommand(READING_COMMANDS.toggleLinkedScrolling, toggleLinkedScrolling),
    // Editing the setting by hand re-lays open pairs too; after the swap command this finds nothing to do.
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affects(event, SETTINGS.leftLanguage)) {
        sideBySide.relayout().catch((error: unknown) => services.log.error('swap languages:', error));
      }
    }),
  );
  return { sideBySide, onDidMoveToProvision: linked.onDidMoveToProvision };
}
