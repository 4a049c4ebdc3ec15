import * as vscode from 'vscode';
import { Annotation } from '../../core/annotations/model/annotation';
import { AnnotationStore } from '../../core/annotations/store/store';
import { tagWithDescendants } from '../../core/annotations/model/tagTree';
import { provisionId } from '../../core/model';
import { treeTitleLanguage } from '../reading/settings';
import { NotesServices } from './notesServices';
import { FilterCriterion } from '../tree/filter';
import { PROVISIONS_VIEW } from '../tree/provisionsView';
import { Call, registerCommand } from '../commands/declaration';
import { Refused, isRefused } from '../commands/result';
import { storeToRead } from './access';
import { AnnotationService } from './annotationService';
import { TagNode, tagIdOfNode } from './itemIds';
import { ANNOTATION_COMMANDS, AnnotationFilterResult } from './commands';
import { pickTag } from './tagPicks';

/** The keys of the annotations' criteria in the tree's filter, beside the text filter's. */
const TAG_CRITERION = 'tag';
const AUTHOR_CRITERION = 'author';

/** Provisions with an annotation that passes `test`, read from the store when the tree asks. */
function annotationCriterion(service: AnnotationService, label: string, test: (annotation: Annotation, store: AnnotationStore) => boolean): FilterCriterion {
  return {
    label,
    select: async () => {
      const store = await service.store();
      const annotations = store ? store.annotations().filter((annotation) => test(annotation, store)) : [];
      return new Set(annotations.map((annotation) => provisionId(annotation.document, annotation.provision)));
    },
  };
}

/** The tag or any tag under it in the codebook: filtering by "security" keeps what is tagged "content-control". */
function tagCriterion(service: AnnotationService, tagId: string, label: string): FilterCriterion {
  return annotationCriterion(service, vscode.l10n.t('tag: {0}', label), (annotation, store) => {
    const wanted = tagWithDescendants(store.codebook, tagId);
    return annotation.tags.some((tag) => wanted.has(tag));
  });
}

function authorCriterion(service: AnnotationService, author: string): FilterCriterion {
  return annotationCriterion(service, vscode.l10n.t('author: {0}', author), (annotation) => annotation.author === author);
}

async function pickAuthor(store: AnnotationStore): Promise<string | undefined> {
  const authors = [...new Set([store.author, ...store.annotations().map((annotation) => annotation.author)])].sort();
  return vscode.window.showQuickPick(authors, { title: vscode.l10n.t('Filter by Author'), placeHolder: vscode.l10n.t('Show the provisions this coder annotated') });
}

/**
 * `policyAnnotator.filterByTag` `{ tag }` and `policyAnnotator.filterByAuthor` `{ author }`: keep
 * the provisions with such annotations in the Provisions tree, together with any other criterion
 * (text, the other of the two). "Clear Filter" removes them all. Without arguments they ask (or
 * take the tag of the Tags view item) and show the tree.
 */
export function registerFilterCommands(context: vscode.ExtensionContext, services: NotesServices): void {
  const service = services.annotations;
  const filter = services.filter;

  const apply = async (key: string, criterion: FilterCriterion, fromUi: boolean): Promise<string[]> => {
    filter.set(key, criterion);
    if (fromUi) {
      await vscode.commands.executeCommand(`${PROVISIONS_VIEW}.focus`);
    }
    return filter.provisionIds((await services.shared.getLibrary()).documents);
  };

  const filterByTag = async (call: Call<{ tag: string }, TagNode>): Promise<AnnotationFilterResult | Refused | undefined> => {
    const store = await storeToRead(service);
    if (isRefused(store)) {
      return store;
    }
    const byTag = async (tag: string, fromUi: boolean): Promise<AnnotationFilterResult> => {
      const label = store.codebook.tags.find((candidate) => candidate.id === tag)?.label[treeTitleLanguage()] ?? tag;
      return { tag, provisions: await apply(TAG_CRITERION, tagCriterion(service, tag, label), fromUi) };
    };
    if ('args' in call) {
      return byTag(call.args.tag, false);
    }
    const tag = (call.item && tagIdOfNode(call.item)) ?? (await pickTag(store.codebook, vscode.l10n.t('Filter by Tag')));
    return tag === undefined ? undefined : byTag(tag, true);
  };

  const filterByAuthor = async (call: Call<{ author: string }, never>): Promise<AnnotationFilterResult | Refused | undefined> => {
    const store = await storeToRead(service);
    if (isRefused(store)) {
      return store;
    }
    const byAuthor = async (author: string, fromUi: boolean): Promise<AnnotationFilterResult> => ({
      author,
      provisions: await apply(AUTHOR_CRITERION, authorCriterion(service, author), fromUi),
    });
    if ('args' in call) {
      return byAuthor(call.args.author, false);
    }
    const author = await pickAuthor(store);
    return author === undefined ? undefined : byAuthor(author, true);
  };

  context.subscriptions.push(
    registerCommand(ANNOTATION_COMMANDS.filterByTag, filterByTag),
    registerCommand(ANNOTATION_COMMANDS.filterByAuthor, filterByAuthor),
    // The criteria read the annotations: when those change, the tree selects again.
    service.onDidChange(() => {
      if (filter.get(TAG_CRITERION) || filter.get(AUTHOR_CRITERION)) {
        filter.invalidate();
      }
    }),
  );
}
