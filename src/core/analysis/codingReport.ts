import { Annotation } from '../annotations/model/annotation';
import { Library } from '../library';
import { Bilingual } from '../model';
import { provisionUri } from '../references/uri';

/** One coded passage of a coding report, as `report --json` prints it. */
export interface ReportEntry {
  readonly document: string;
  readonly provision: number;
  readonly tags: readonly string[];
  readonly author: string;
  /** The provision's text in both languages. */
  readonly text: Bilingual;
  /** The words coded, when the passage is a span rather than the whole provision. */
  readonly quote?: string;
  readonly note?: string;
}

/** The passages as report entries, in the order given (selectPassages gives document order). */
export function reportEntries(passages: readonly Annotation[], library: Library): ReportEntry[] {
  return passages.map((annotation) => {
    const provision = library.provision(annotation.document, annotation.provision);
    return {
      document: annotation.document,
      provision: annotation.provision,
      tags: annotation.tags,
      author: annotation.author,
      text: { en: provision?.text.en ?? '', zh: provision?.text.zh ?? '' },
      ...(annotation.span && { quote: annotation.span.exact }),
      ...(annotation.note !== undefined && { note: annotation.note }),
    };
  });
}

/** A report's passages, grouped by document and then by provision, each group in the order met. */
export interface ReportGroup {
  readonly document: string;
  /** Its short title in the report's language. */
  readonly title: string;
  readonly provisions: readonly {
    readonly number: number;
    /** 第十条 / Article 10. */
    readonly label: string;
    readonly text: Bilingual;
    /** Opens the provision in the side-by-side view. */
    readonly link: string;
    readonly passages: readonly ReportEntry[];
  }[];
}

export function groupReport(entries: readonly ReportEntry[], library: Library, language: 'en' | 'zh'): ReportGroup[] {
  const groups: { document: string; title: string; provisions: { number: number; label: string; text: Bilingual; link: string; passages: ReportEntry[] }[] }[] = [];
  for (const entry of entries) {
    let group = groups.at(-1);
    if (group?.document !== entry.document) {
      const document = library.document(entry.document);
      group = { document: entry.document, title: document?.shortTitle[language] || document?.shortTitle.zh || entry.document, provisions: [] };
      groups.push(group);
    }
    let provision = group.provisions.at(-1);
    if (provision?.number !== entry.provision) {
      const label = library.provision(entry.document, entry.provision)?.label;
      provision = { number: entry.provision, label: label?.[language] || label?.zh || `#${entry.provision}`, text: entry.text, link: provisionUri(entry.document, entry.provision), passages: [] };
      group.provisions.push(provision);
    }
    provision.passages.push(entry);
  }
  return groups;
}
