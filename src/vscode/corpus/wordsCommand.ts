import * as vscode from 'vscode';
import { findTag } from '../../core/annotations/model/tagNames';
import { DocumentCondition, TaggedText, WordFrequency, WordsScope, parseCondition, scopeTallies, taggedTexts, topWords } from '../../core/corpus';
import { Library } from '../../core/library';
import { Call } from '../commands/declaration';
import { Reader, optional, provisionNumber, text } from '../commands/readers';
import { Refused, isRefused, ok, refusal, refused } from '../commands/result';
import { pickDocument } from '../documents/pickDocument';
import { parsePolicyTextUri } from '../reading/policyUri';
import { uiLanguage } from '../reading/settings';
import { Services } from '../services';
import { CorpusWords } from './corpusWords';
import { WordNode, WordsView } from './wordsView';

const DEFAULT_TOP = 100;

/** `where`: one `key=value` or a list of them (year, type, status, issuer, id or an attribute's name). */
const conditions: Reader<DocumentCondition[]> = (value, name) => {
  const written = typeof value === 'string' ? [value] : value;
  const parsed = Array.isArray(written) ? written.map((condition) => (typeof condition === 'string' ? parseCondition(condition) : undefined)) : [undefined];
  return parsed.every((condition) => condition !== undefined)
    ? ok(parsed as DocumentCondition[])
    : refusal(vscode.l10n.t('"{0}" must be key=value or a list of them, the key a fact (year, type, status, issuer, id) or an attribute of the documents.', name));
};

export const WORDS_ARGS = { document: optional(text), tag: optional(text), where: optional(conditions), top: optional(provisionNumber) };

/** What the words command asks for. */
interface WordsRequest {
  readonly document?: string;
  readonly tag?: string;
  readonly where?: DocumentCondition[];
  readonly top?: number;
}

/** What the words command returns: which texts were counted and their words, as the view shows them. */
export interface WordsResult {
  readonly scope: string;
  readonly words: readonly WordFrequency[];
}

/**
 * `policyAnnotator.words` `{ document?, tag?, where?, top? }`: the most frequent words of a
 * document, of the passages carrying a tag, of the documents meeting `where` (key=value), or of the
 * whole corpus, with their keyness against the rest, in the Words view. From the palette it asks
 * which, offering the document being read first.
 */
export function wordsCommand(services: Services, words: CorpusWords, view: WordsView, treeView: vscode.TreeView<WordNode>): (call: Call<WordsRequest, never>) => Promise<WordsResult | Refused | undefined> {
  const run = async (request: WordsRequest): Promise<WordsResult | Refused> => {
    const library = await services.getLibrary();
    const document = request.document === undefined ? undefined : library.document(request.document);
    if (request.document !== undefined && !document) {
      return refused(vscode.l10n.t('Unknown document "{0}".', request.document));
    }
    const tagged = request.tag === undefined ? undefined : await tagPassages(words, library, request.tag);
    if (tagged !== undefined && isRefused(tagged)) {
      return tagged;
    }
    const scope: WordsScope = { ...(document && { documents: [document] }), ...(request.where && { where: request.where }), ...(tagged && { tagged }) };
    const described = describe(request);
    const result = await vscode.window.withProgress({ location: { viewId: 'policyAnnotator.words' }, title: vscode.l10n.t('Counting words…') }, async () => {
      const lists = await words.wordLists();
      const corpus = await words.corpusCounts(lists);
      const chosen = await scopeTallies(await words.tallies(lists), library.documents, scope, await words.counter(lists.dictionary));
      const top = request.top ?? DEFAULT_TOP;
      return { scope: described, words: chosen === undefined ? topWords(corpus, top) : topWords(await words.counts(chosen, lists), top, corpus) };
    });
    view.show(result);
    treeView.message = vscode.l10n.t('Words of {0}', described);
    await vscode.commands.executeCommand('policyAnnotator.words.focus');
    return result;
  };
  return async (call) => {
    if ('args' in call) {
      return run(call.args);
    }
    const request = await askScope(services, words);
    return request ? run(request) : undefined;
  };
}

/** The passages carrying the tag (its id or label), or a refusal when the notes cannot be read or have no such tag. */
async function tagPassages(words: CorpusWords, library: Library, tag: string): Promise<TaggedText[] | Refused> {
  const store = await words.notes.storeToRead();
  if (isRefused(store)) {
    return store;
  }
  const found = findTag(store.codebook.tags, tag);
  return found ? taggedTexts(store.annotations(), found.id, library) : refused(vscode.l10n.t('The codebook has no tag "{0}".', tag));
}

function describe(request: WordsRequest): string {
  const parts = [
    ...(request.document === undefined ? [] : [request.document]),
    ...(request.tag === undefined ? [] : [vscode.l10n.t('tag {0}', request.tag)]),
    ...(request.where ?? []).map(({ key, value }) => `${key}=${value}`),
  ];
  return parts.length > 0 ? parts.join(', ') : vscode.l10n.t('the whole corpus');
}

/** From the palette: the document being read, another document, a tag, documents by a fact, or everything. */
async function askScope(services: Services, words: CorpusWords): Promise<WordsRequest | undefined> {
  const uri = vscode.window.activeTextEditor?.document.uri;
  const reading = uri && parsePolicyTextUri(uri)?.documentId;
  const items = [
    ...(reading ? [{ label: vscode.l10n.t('This document ({0})', reading), scope: 'reading' as const }] : []),
    { label: vscode.l10n.t('A document…'), scope: 'document' as const },
    { label: vscode.l10n.t('The passages of a tag…'), scope: 'tag' as const },
    { label: vscode.l10n.t('Documents where…'), description: 'year=2018, type=法律, level=national', scope: 'where' as const },
    { label: vscode.l10n.t('The whole corpus'), scope: 'corpus' as const },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Words') });
  switch (picked?.scope) {
    case undefined:
      return undefined;
    case 'reading':
      return { document: reading };
    case 'document': {
      const document = await pickDocument((await services.getLibrary()).documents, { title: vscode.l10n.t('Words'), placeHolder: vscode.l10n.t('The document whose words to count') });
      return document && { document: document.id };
    }
    case 'tag': {
      const store = await words.notes.storeToRead();
      const tag = isRefused(store) ? undefined : await vscode.window.showQuickPick(store.codebook.tags.map((candidate) => ({ label: candidate.label[uiLanguage()] || candidate.id, description: candidate.id, id: candidate.id })), { title: vscode.l10n.t('Words') });
      return tag && { tag: tag.id };
    }
    case 'where': {
      const written = await vscode.window.showInputBox({
        title: vscode.l10n.t('Words'),
        prompt: vscode.l10n.t('Conditions the documents meet, key=value separated by spaces (year, type, status, issuer, id or an attribute)'),
        validateInput: (input) => (input.trim().split(/\s+/).every((condition) => parseCondition(condition)) ? undefined : vscode.l10n.t('Write key=value, such as year=2018.')),
      });
      return written ? { where: written.trim().split(/\s+/).map((condition) => parseCondition(condition)!) } : undefined;
    }
    case 'corpus':
      return {};
  }
}
