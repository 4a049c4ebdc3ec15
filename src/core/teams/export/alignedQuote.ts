import { Bead, alignTexts, beadSpan } from '../../align/align';
import { Annotation } from '../../annotations/model/annotation';
import { Library } from '../../library';
import { otherLanguage } from '../../model';
import { currentAnchor } from './exportInput';

/**
 * The other language's text aligned with a span: the sentences on the other side of every bead
 * the span touches (align/align). Keeps each provision's alignment, so that exporting many
 * annotations aligns each provision once.
 */
export class AlignedQuotes {
  private readonly beads = new Map<string, readonly Bead[]>();

  constructor(private readonly library: Library) {}

  /** Undefined for a whole-provision annotation, a lost quote or a span nothing is aligned with. */
  of(annotation: Annotation): string | undefined {
    const span = annotation.span;
    const anchor = currentAnchor(this.library, annotation);
    const provision = this.library.provision(annotation.document, annotation.provision);
    if (!span || !anchor || !provision || anchor.status === 'orphaned') {
      return undefined;
    }
    const key = `${annotation.document}#${annotation.provision}`;
    let beads = this.beads.get(key);
    if (!beads) {
      beads = alignTexts(provision.text.en, provision.text.zh);
      this.beads.set(key, beads);
    }
    const other = otherLanguage(span.language);
    const touched = beads.filter((bead) => {
      const side = beadSpan(bead[span.language]);
      return side !== undefined && side.start < anchor.end && anchor.start < side.end;
    });
    const text = touched
      .flatMap((bead) => bead[other].map((segment) => segment.text))
      .join(other === 'en' ? ' ' : '');
    return text === '' ? undefined : text;
  }
}
