import { Language, PolicyDocument } from '../model';
import { versionDate } from '../versions/versionFamilies';

/**
 * What a table or chart calls each document: its short title, made distinct where titles are shared
 * (the versions of one law are all 野生动物保护法) by the year of the version (its last amendment),
 * else that date, else the id, so that no two columns read alike.
 */
export function documentLabels(documents: readonly PolicyDocument[], language: Language): string[] {
  const titles = documents.map((document) => document.shortTitle[language] || document.shortTitle.zh || document.id);
  const qualifiers: readonly ((document: PolicyDocument) => string)[] = [(document) => versionDate(document).slice(0, 4), versionDate, (document) => document.id];
  let labels = titles;
  for (const qualifier of qualifiers) {
    const shared = sharedLabels(labels);
    if (shared.size === 0) {
      break;
    }
    labels = labels.map((label, position) => (shared.has(label) && qualifier(documents[position]) ? `${titles[position]} (${qualifier(documents[position])})` : label));
  }
  return labels;
}

function sharedLabels(labels: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const label of labels) {
    (seen.has(label) ? shared : seen).add(label);
  }
  return shared;
}
