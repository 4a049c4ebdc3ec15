import { Annotation } from '../../core/annotations/model/annotation';
import { AnnotationStore } from '../../core/annotations/store/store';
import { ProvisionTarget } from './targets';

/** Whether the annotation is in this coder's own file: the only ones the UI offers to edit (teammates never edit each other's files, so git merges them). */
export function isOwn(store: AnnotationStore, annotation: Annotation): boolean {
  return store.pathOf(annotation.id) === store.sidecarPath(annotation.document);
}

/** This coder's annotation on the whole provision, where its tags go. */
export function ownProvisionAnnotation(store: AnnotationStore, target: ProvisionTarget): Annotation | undefined {
  return store.annotationsOn(target.document, target.provision).find((annotation) => !annotation.span && isOwn(store, annotation));
}
