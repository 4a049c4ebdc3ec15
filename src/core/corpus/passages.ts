import { Language, PolicyDocument, Provision } from '../model';

/** One provision's text in one language: the unit the corpus tools read, count and cite. */
export interface CorpusPassage {
  readonly document: string;
  readonly provision: number;
  readonly language: Language;
  readonly text: string;
}

/** Every provision of the documents with text in a language, Chinese before English, in order. */
export function corpusPassages(documents: readonly PolicyDocument[], languages: readonly Language[] = ['zh', 'en']): CorpusPassage[] {
  return documents.flatMap((document) =>
    document.provisions.flatMap((provision: Provision) =>
      languages.filter((language) => provision.text[language] !== '').map((language) => ({ document: document.id, provision: provision.number, language, text: provision.text[language] })),
    ),
  );
}
