import { PolicyDocument } from '../model';
import { shortTitleOf } from '../parse/shortTitle';
import { versionDate } from '../versions/versionFamilies';

/**
 * Finds the corpus document a title in 《》 names, by its full title, its short title or its title
 * without the state's name (网络安全法 → 中华人民共和国网络安全法). Several versions of a law share
 * a title: the one cited is the latest issued or amended on or before the citing document, else
 * the earliest.
 */
export class TitleResolver {
  private readonly byTitle = new Map<string, PolicyDocument[]>();

  constructor(documents: readonly PolicyDocument[]) {
    for (const document of documents) {
      const names = new Set([document.title.zh, document.shortTitle.zh, shortTitleOf(document.title).zh].map(normalisedTitle).filter(Boolean));
      for (const name of names) {
        const versions = this.byTitle.get(name) ?? [];
        versions.push(document);
        this.byTitle.set(name, versions);
      }
    }
    for (const versions of this.byTitle.values()) {
      versions.sort((a, b) => versionDate(a).localeCompare(versionDate(b)));
    }
  }

  resolve(title: string, citedOn: string): PolicyDocument | undefined {
    const versions = this.byTitle.get(normalisedTitle(title));
    if (!versions) {
      return undefined;
    }
    const inForce = citedOn === '' ? versions : versions.filter((version) => versionDate(version) !== '' && versionDate(version) <= citedOn);
    return inForce.at(-1) ?? versions[0];
  }
}

/** Spaces and the 〈〉 a title keeps when it is itself quoted are not part of the name. */
function normalisedTitle(title: string): string {
  return title.replace(/[\s\u3000]+/g, '').replace(/[〈〉]/g, (mark) => (mark === '〈' ? '《' : '》'));
}

