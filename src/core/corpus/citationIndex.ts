import { getOrCreate } from '../lib/getOrCreate';
import { PolicyDocument } from '../model';
import { Citation, citationsIn } from './citations';
import { TitleResolver } from './titles';

/** The references of every provision of a corpus, and the same turned around: who cites what. */
export class CitationIndex {
  private readonly byCitingDocument = new Map<string, Citation[]>();
  private readonly byCitedDocument = new Map<string, Citation[]>();

  constructor(documents: readonly PolicyDocument[]) {
    const titles = new TitleResolver(documents);
    for (const document of documents) {
      for (const provision of document.provisions) {
        for (const citation of citationsIn(document, provision, titles)) {
          getOrCreate(this.byCitingDocument, document.id, () => []).push(citation);
          // A provision citing its own document (本法第十条, 前款) is not "cited by" another text.
          if (citation.document !== undefined && citation.document !== document.id) {
            getOrCreate(this.byCitedDocument, citation.document, () => []).push(citation);
          }
        }
      }
    }
  }

  /** What the document (or one of its provisions) cites, in order. */
  cites(document: string, provision?: number): Citation[] {
    return (this.byCitingDocument.get(document) ?? []).filter((citation) => provision === undefined || citation.from.provision === provision);
  }

  /**
   * Where other documents cite this one: all of it, or one provision (a citation of the whole
   * document, with no article, is listed for the document only).
   */
  citedBy(document: string, provision?: number): Citation[] {
    return (this.byCitedDocument.get(document) ?? []).filter((citation) => provision === undefined || citation.provision === provision);
  }
}
