import * as vscode from 'vscode';
import { HoverContributor } from '../reading/hover';
import { ProvisionFocus } from '../reading/linkedEditors';
import { POLICY_SCHEME } from '../reading/policyUri';
import { Services } from '../services';
import { CitationLinks } from './citationLinks';
import { autocodeConcordanceCommand, concordanceCommand, sortConcordanceCommand } from './concordanceCommands';
import { ConcordanceNode, ConcordanceView } from './concordanceView';
import { CorpusIndexes } from './corpusIndexes';
import { corpusHover } from './corpusHover';
import { RelatedNode, RelatedView } from './relatedView';
import { registerCommand } from '../commands/declaration';
import { CORPUS_COMMANDS } from './commands';
import { NotesAccess } from '../annotations';
import { Platform } from '../../platform/platform';
import { CorpusWords } from './corpusWords';
import { wordsCommand } from './wordsCommand';
import { WordNode, WordsView } from './wordsView';

/** What the corpus offers reading before reading registers: its section of the hover. */
export interface CorpusReading {
  readonly indexes: CorpusIndexes;
  readonly hoverContributors: readonly HoverContributor[];
}

/** The indexes, created before reading so that the hover can use them. */
export function open(context: vscode.ExtensionContext, services: Services): CorpusReading {
  const indexes = new CorpusIndexes(services);
  context.subscriptions.push(indexes);
  return { indexes, hoverContributors: [corpusHover(indexes)] };
}

/**
 * Reading across the corpus: the Concordance view and its commands, the Related view that follows
 * the cursor of the side-by-side editors, and the links of citations between documents.
 */
export function register(context: vscode.ExtensionContext, services: Services, corpus: CorpusReading, onDidMoveToProvision: vscode.Event<ProvisionFocus>): RelatedView {
  const concordance = new ConcordanceView();
  const concordanceTree = services.declarations.view<ConcordanceNode>('policyAnnotator.concordance');
  concordanceTree.provide(concordance);
  const related = new RelatedView(corpus.indexes);
  services.declarations.view<RelatedNode>('policyAnnotator.related').provide(related);
  context.subscriptions.push(
    concordance,
    related,
    registerCommand(CORPUS_COMMANDS.concordance, concordanceCommand(services, concordance, concordanceTree.view)),
    registerCommand(CORPUS_COMMANDS.sortConcordance, sortConcordanceCommand(concordance)),
    registerCommand(CORPUS_COMMANDS.autocodeConcordance, autocodeConcordanceCommand(concordance, concordanceTree.view)),
    vscode.languages.registerDocumentLinkProvider({ scheme: POLICY_SCHEME }, new CitationLinks(services, corpus.indexes)),
    onDidMoveToProvision(({ documentId, provision }) => {
      related.follow(documentId, provision).catch((error: unknown) => services.log.error('related provisions:', error));
    }),
  );
  return related;
}

/**
 * The Words view and its command: word frequencies of a document, a tag's passages, documents by
 * their facts or the whole corpus, cut by jieba in the platform's workers.
 */
export function registerWords(context: vscode.ExtensionContext, services: Services, platform: Platform, notes: NotesAccess): WordsView {
  const words = new CorpusWords(services, platform, notes);
  const view = new WordsView();
  const tree = services.declarations.view<WordNode>('policyAnnotator.words');
  tree.provide(view);
  context.subscriptions.push(words, view, registerCommand(CORPUS_COMMANDS.words, wordsCommand(services, words, view, tree.view)));
  return view;
}
