import { Library } from '../../../src/core/library';
import { PolicyDocument } from '../../../src/core/model';
import { parseFixture } from './fixtures';
import { opinions } from './opinions';

const parsed = new Map<string, PolicyDocument>();

function once(key: string, parse: () => PolicyDocument): PolicyDocument {
  let document = parsed.get(key);
  if (!document) {
    document = parse();
    parsed.set(key, document);
  }
  return document;
}

/** The Personal Information Protection Law with the NPC's English translation: a bilingual law (id `pipl-2021`). */
export function pipl(): PolicyDocument {
  return once('pipl', () => parseFixture('pipl-2021.zh.md', 'pipl-2021.en.md').document);
}

/** The E-Commerce Law, Chinese only (id `e-commerce-law-2018`). */
export function eCommerceLaw(): PolicyDocument {
  return once('e-commerce', () => parseFixture('e-commerce-law-2018.zh.md').document);
}

/** The Opinions (the default document), a bilingual law and a Chinese-only law. */
export function corpusLibrary(): Library {
  return new Library([opinions(), pipl(), eCommerceLaw()]);
}
