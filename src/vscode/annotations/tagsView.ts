import * as vscode from 'vscode';
import { Annotation, Codebook, Tag } from '../../core/annotations/model/annotation';
import { AnnotationStore } from '../../core/annotations/store/store';
import { tagChildren } from '../../core/annotations/model/tagTree';
import { Language, otherLanguage } from '../../core/model';
import { escapeMarkdown } from '../../core/references/quote';
import { SETTINGS, affects, treeTitleLanguage } from '../reading/settings';
import { NotesServices } from './notesServices';
import { DescribedTreeLevel, describeTreeItem } from '../tree/describeTree';
import { AnnotationService } from './annotationService';
import { annotationTreeItem } from './annotationItem';
import { AnnotationItem, TagNode } from './itemIds';
import { untrustedMarkdown } from './labels';

const TAGS_VIEW = 'policyAnnotator.tags';

interface TaggedAnnotationNode extends AnnotationItem {
  readonly kind: 'annotation';
  readonly id: string;
  readonly parent: TagNode;
}

type TagsViewNode = TagNode | TaggedAnnotationNode;

/**
 * The codebook and annotations of one state of the store, indexed once for the view: each node
 * then costs a look-up, where scanning every tag and annotation per node made a codebook of
 * 20,000 tags quadratic to show.
 */
interface TagIndex {
  readonly store: AnnotationStore;
  readonly codebook: Codebook;
  readonly byId: ReadonlyMap<string, Tag>;
  /** Tags under each tag id; under `undefined` the top level (no parent, or a missing one). */
  readonly children: ReadonlyMap<string | undefined, readonly Tag[]>;
  /** The annotations carrying each tag, in document order. */
  readonly tagged: ReadonlyMap<string, readonly Annotation[]>;
}

function indexOf(store: AnnotationStore): TagIndex {
  const tagged = new Map<string, Annotation[]>();
  for (const annotation of store.annotations()) {
    for (const tag of new Set(annotation.tags)) {
      const list = tagged.get(tag);
      if (list) {
        list.push(annotation);
      } else {
        tagged.set(tag, [annotation]);
      }
    }
  }
  const { codebook } = store;
  return { store, codebook, byId: new Map(codebook.tags.map((tag) => [tag.id, tag])), children: tagChildren(codebook), tagged };
}

function tagNode(tag: Tag): TagNode {
  return { kind: 'tag', id: `tag:${tag.id}`, tag };
}

/**
 * The codebook as a tree: tags under their parents, each with the number of annotations that use
 * it, and those annotations under it. Empty (the welcome view offers "Create a Tag") when the
 * codebook has no tags; the first look opens the store.
 */
class TagsTree implements vscode.TreeDataProvider<TagsViewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[];
  /** Of the store as the view last showed it; dropped whenever the notes change. */
  private index: TagIndex | undefined;

  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly service: AnnotationService) {
    this.disposables = [
      this.changed,
      service.onDidChange(() => {
        this.index = undefined;
        this.changed.fire();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affects(event, SETTINGS.treeTitleLanguage)) {
          this.changed.fire();
        }
      }),
    ];
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  async getChildren(node?: TagsViewNode): Promise<TagsViewNode[]> {
    const store = await this.service.store().catch(() => undefined);
    if (!store || node?.kind === 'annotation') {
      return [];
    }
    const index = this.indexed(store);
    if (!node) {
      return (index.children.get(undefined) ?? []).map(tagNode);
    }
    const annotations = index.tagged.get(node.tag.id) ?? [];
    return [
      ...(index.children.get(node.tag.id) ?? []).map(tagNode),
      ...annotations.map((annotation): TaggedAnnotationNode => ({ kind: 'annotation', id: `${node.id}/${annotation.id}`, parent: node, annotationId: annotation.id })),
    ];
  }

  async getTreeItem(node: TagsViewNode): Promise<vscode.TreeItem> {
    const store = await this.service.store();
    const language = treeTitleLanguage();
    if (node.kind === 'tag') {
      return store ? tagItem(this.indexed(store), node, language) : new vscode.TreeItem(node.tag.id);
    }
    const annotation = store?.annotation(node.annotationId);
    // Deleted since the view asked for its children; the refresh that follows drops it.
    return store && annotation ? annotationTreeItem(store, annotation, language, node.id) : new vscode.TreeItem(node.id);
  }

  getParent(node: TagsViewNode): TagsViewNode | undefined {
    if (node.kind === 'annotation') {
      return node.parent;
    }
    const store = this.service.current();
    const parent = store && node.tag.parent !== undefined ? this.indexed(store).byId.get(node.tag.parent) : undefined;
    return parent && tagNode(parent);
  }

  private indexed(store: AnnotationStore): TagIndex {
    if (this.index?.store !== store || this.index.codebook !== store.codebook) {
      this.index = indexOf(store);
    }
    return this.index;
  }
}

function tagItem(index: TagIndex, node: TagNode, language: Language): vscode.TreeItem {
  const { tag } = node;
  const uses = index.tagged.get(tag.id)?.length ?? 0;
  const hasChildren = uses > 0 || index.children.has(tag.id);
  const item = new vscode.TreeItem(tag.label[language], hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = `${uses} · ${tag.label[otherLanguage(language)]}`;
  const tooltip = untrustedMarkdown();
  tooltip.appendMarkdown(`**${escapeMarkdown(tag.label.en)}** · ${escapeMarkdown(tag.label.zh)} · \`${tag.id}\` · ${tag.color}`);
  if (tag.description) {
    tooltip.appendMarkdown(`\n\n${tag.description}`);
  }
  item.tooltip = tooltip;
  item.iconPath = new vscode.ThemeIcon('tag');
  item.contextValue = 'policyTag';
  return item;
}

/** The Tags view in the Policy container; returns how the API reads it. */
export function registerTagsView(context: vscode.ExtensionContext, services: NotesServices): (id?: string) => Promise<DescribedTreeLevel> {
  const tree = new TagsTree(services.annotations);
  const { view, provide } = services.shared.declarations.view<TagsViewNode>(TAGS_VIEW);
  provide(tree);

  /** Like the Provisions view's: a node by id (`tag:<id>`; the root when absent) and its children. */
  const describe = async (id?: string): Promise<DescribedTreeLevel> => {
    const store = await services.annotations.store();
    const tag = id === undefined ? undefined : store?.codebook.tags.find((candidate) => `tag:${candidate.id}` === id);
    if (id !== undefined && !tag) {
      throw new Error(vscode.l10n.t('The Tags view has no node "{0}".', id));
    }
    const node = tag && tagNode(tag);
    const children = await Promise.all((await tree.getChildren(node)).map((child) => describeTreeItem(tree, child)));
    return { ...(node && { node: await describeTreeItem(tree, node) }), children, selection: view.selection.map((selected) => selected.id) };
  };

  context.subscriptions.push(tree);
  return describe;
}
