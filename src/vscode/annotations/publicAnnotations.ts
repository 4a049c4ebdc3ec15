import { Language, provisionValue } from '../../core/model';
import { AnnotationService } from './annotationService';

/** An annotation as the public API gives it to other extensions: plain data, stable ids. */
export interface PublicAnnotation {
  readonly id: string;
  readonly document: string;
  /** As the notes write it: 15, or "120-1" for an inserted article (第一百二十条之一). */
  readonly provision: number | string;
  /** Codebook tag ids. */
  readonly tags: readonly string[];
  /** Markdown; empty when there is none. */
  readonly note: string;
  /** The coder's display name. */
  readonly author: string;
  /** The annotated words exactly as they were annotated; absent for the whole provision. */
  readonly quote?: string;
  /** The language of `quote`. */
  readonly language?: Language;
}

/** The workspace's annotations (on one document if given), in document order; none without a workspace folder. */
export async function publicAnnotations(service: AnnotationService, documentId?: string): Promise<PublicAnnotation[]> {
  const store = await service.store();
  const annotations = store ? (documentId === undefined ? store.annotations() : store.annotationsOn(documentId)) : [];
  return annotations.map((annotation) => ({
    id: annotation.id,
    document: annotation.document,
    provision: provisionValue(annotation.provision),
    tags: [...annotation.tags],
    note: annotation.note ?? '',
    author: annotation.author,
    ...(annotation.span && { quote: annotation.span.exact, language: annotation.span.language }),
  }));
}
