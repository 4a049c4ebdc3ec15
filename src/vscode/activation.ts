import * as vscode from 'vscode';
import * as annotations from './annotations';
import * as corpus from './corpus';
import * as documents from './documents';
import * as findings from './findings';
import { PolicyAnnotatorApi, createApi } from './api';
import { Platform } from '../platform/platform';
import { Declarations } from './declared';
import * as reading from './reading';
import * as search from './search';
import { Services } from './services';
import * as teams from './teams';
import * as tree from './tree';
import * as versions from './versions';
import * as writing from './writing';

/**
 * The features, each registering its commands, providers and views and owning its state; what a
 * feature offers others (its extension points) is handed on here, so every dependency between
 * features is visible in this list. Annotations plug into reading (hover), the search (notes),
 * the tree (children), writing (reference hovers) and documents (the notes folder), and offer
 * the team features their notes.
 * They run on first use, not at activation (src/vscode/startup), into the views and document
 * schemes registered then (`declarations`).
 */
export function activateFeatures(context: vscode.ExtensionContext, platform: Platform, declarations: Declarations): PolicyAnnotatorApi {
  const services = new Services(context, declarations);
  const notes = annotations.open(context, services, platform);
  const corpusReading = corpus.open(context, services);
  const readingExtensions = annotations.readingExtensions(services, notes);
  const read = reading.register(context, services, { hoverContributors: [...(readingExtensions.hoverContributors ?? []), ...corpusReading.hoverContributors] });
  const related = corpus.register(context, services, corpusReading, read.onDidMoveToProvision);
  const searcher = search.register(context, services, read.sideBySide, annotations.searchExtensions(notes));
  const provisions = tree.register(context, services, { childrenSources: [annotations.treeChildren(notes)], onDidMoveToProvision: read.onDidMoveToProvision, searcher });
  writing.register(context, services, searcher, annotations.writingExtensions(notes));
  const views = annotations.register(context, { shared: services, annotations: notes, searcher, filter: provisions.filter });
  teams.register(context, services, annotations.notesAccess(notes));
  versions.register(context, services, annotations.notesAccess(notes));
  findings.register(context, services, annotations.notesAccess(notes));
  const words = corpus.registerWords(context, services, platform, annotations.notesAccess(notes));
  documents.register(context, services, annotations.documentsExtensions(), platform.formatReaders);
  return createApi(context, services, { notes, read, searcher, provisions, views, related, words });
}
