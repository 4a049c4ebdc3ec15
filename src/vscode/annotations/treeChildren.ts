import * as vscode from 'vscode';
import { Provision } from '../../core/model';
import { treeTitleLanguage } from '../reading/settings';
import { ContributedNode, ProvisionChildrenSource, ProvisionNode } from '../tree/nodes';
import { AnnotationService } from './annotationService';
import { annotationTreeItem } from './annotationItem';
import { AnnotationItem } from './itemIds';

type AnnotationNode = ContributedNode & AnnotationItem;

/**
 * The annotations under each provision of the Provisions tree, and "2 notes · Privacy" after its
 * titles. Asked synchronously for every provision: it answers from the open store, and the first
 * question about a document reads its notes (the tree then refreshes through onDidChange).
 */
export function annotationChildren(service: AnnotationService): ProvisionChildrenSource {
  const annotationsOn = (provision: Provision) => {
    const store = service.current();
    if (!store?.isRead(provision.documentId)) {
      // The tree refreshes when the document's notes are read (onDidChange).
      service.storeFor(provision.documentId).catch(() => undefined);
      return undefined;
    }
    return { store, annotations: store.annotationsOn(provision.documentId, provision.number) };
  };
  return {
    onDidChange: service.onDidChange,
    hasChildren: (provision) => (annotationsOn(provision)?.annotations.length ?? 0) > 0,
    describe: (provision) => {
      const found = annotationsOn(provision);
      if (!found || found.annotations.length === 0) {
        return undefined;
      }
      const { store, annotations } = found;
      const notes = annotations.filter((annotation) => annotation.note !== undefined).length;
      const used = new Set(annotations.flatMap((annotation) => annotation.tags));
      const tags = store.codebook.tags.filter((tag) => used.has(tag.id)).map((tag) => tag.label[treeTitleLanguage()]);
      const parts = [
        notes === 1 ? vscode.l10n.t('1 note') : notes > 1 ? vscode.l10n.t('{0} notes', notes) : undefined,
        tags.length > 0 ? tags.join(', ') : undefined,
      ].filter((part): part is string => part !== undefined);
      return parts.length > 0 ? parts.join(' · ') : vscode.l10n.t('{0} marked', annotations.length);
    },
    children: (parent: ProvisionNode): AnnotationNode[] => {
      const found = annotationsOn(parent.provision);
      if (!found) {
        return [];
      }
      const { store, annotations } = found;
      const language = treeTitleLanguage();
      return annotations.map((annotation) => {
        const id = `${parent.id}/annotation/${annotation.id}`;
        return { kind: 'contributed', id, parent, annotationId: annotation.id, treeItem: () => annotationTreeItem(store, annotation, language, id) };
      });
    },
  };
}
