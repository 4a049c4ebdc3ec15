import { Language, PolicyDocument } from '../../core/model';

/** A document's short title in the language, else in Chinese, else its id. */
export function documentName(document: PolicyDocument, language: Language): string {
  return document.shortTitle[language] || document.shortTitle.zh || document.id;
}
