import { PolicyDocument, Provision, partId, provisionId } from '../src/core/model';

/**
 * A corpus of `count` documents the size of the Opinions, for search at scale: each is the
 * Opinions with its provisions' texts rotated, so words repeat as in a real collection of
 * policy documents but no two documents are the same.
 */
export function generateCorpus(base: PolicyDocument, count: number): PolicyDocument[] {
  return Array.from({ length: count }, (_, index) => variant(base, index));
}

function variant(base: PolicyDocument, index: number): PolicyDocument {
  const id = `${base.id}-variant-${index + 1}`;
  const total = base.provisions.length;
  const provisions: Provision[] = base.provisions.map((provision, position) => {
    const donor = base.provisions[(position + index) % total];
    return { ...provision, id: provisionId(id, provision.number), documentId: id, text: donor.text };
  });
  return {
    ...base,
    id,
    parts: base.parts.map((part) => ({
      ...part,
      id: partId(id, part.number),
      provisions: part.provisions.map((provision) => provisions[provision.number - 1]),
    })),
    provisions,
  };
}
