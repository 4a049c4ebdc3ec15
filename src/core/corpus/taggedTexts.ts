import { Annotation } from '../annotations/model/annotation';
import { Library } from '../library';

/** A passage annotated with a tag: its document and the words annotated (the whole provision when the annotation has no span). */
export interface TaggedText {
  readonly document: string;
  readonly text: string;
}

/** The passages carrying the tag, in the order of the annotations. */
export function taggedTexts(annotations: readonly Annotation[], tagId: string, library: Library): TaggedText[] {
  return annotations
    .filter((annotation) => annotation.tags.includes(tagId))
    .flatMap((annotation) => {
      const text = annotation.span?.exact ?? library.provision(annotation.document, annotation.provision)?.text.zh;
      return text === undefined ? [] : [{ document: annotation.document, text }];
    });
}
