import { Codebook, Tag } from '../../annotations/model/annotation';
import { tagChildren } from '../../annotations/model/tagTree';
import { tagGuid } from '../../lib/uuid';
import { escapeXml, xmlAttributes } from '../../lib/xmlText';

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

const MAX_INDENTED_DEPTH = 40;

/**
 * The codebook as a REFI-QDA codebook (`.qdc`, QDA-XML codebook 1.0): one Code per tag, nested
 * under its parent, named by its English label, with its description and colour. Its guid is
 * the tag's UUID v5 (uuid.ts), so that exporting again gives the same file and other tools see
 * the same codes. Every tag is codable. No Sets element: the schema requires a Set inside one,
 * and the codebook has no sets. A codebook without tags cannot be written (Codes needs a Code).
 * A tag whose parent is missing or which is its own ancestor (the loader reports both) is written
 * at the top rather than lost.
 */
export function qdcExport(codebook: Codebook): string | { readonly error: string } {
  if (codebook.tags.length === 0) {
    return { error: 'the codebook has no tags, and a REFI-QDA codebook needs at least one code' };
  }
  const children = tagChildren(codebook, true);
  const lines: string[] = [];
  // Depth first without recursion (a parent chain may be thousands deep): an entry is a tag to
  // open or, once its children are written, the line that closes it.
  const pending: (Tag | string)[] = [...(children.get(undefined) ?? [])].reverse();
  // Ids are unique once loaded; the guard keeps a codebook built by hand with a repeated id from looping.
  const written = new Set<Tag>();
  let depth = 2;
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next === 'string') {
      depth--;
      lines.push(next);
      continue;
    }
    if (written.has(next)) {
      continue;
    }
    written.add(next);
    const indent = indentation(depth);
    const attributes = xmlAttributes({ guid: tagGuid(next.id), name: next.label.en, isCodable: 'true', color: next.color.toUpperCase() });
    const nested = children.get(next.id) ?? [];
    if (next.description === '' && nested.length === 0) {
      lines.push(`${indent}<Code${attributes}/>`);
      continue;
    }
    lines.push(`${indent}<Code${attributes}>`);
    if (next.description !== '') {
      lines.push(`${indentation(depth + 1)}<Description>${escapeXml(next.description)}</Description>`);
    }
    depth++;
    pending.push(`${indent}</Code>`);
    for (let index = nested.length - 1; index >= 0; index--) {
      pending.push(nested[index]);
    }
  }
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<CodeBook${xmlAttributes({ xmlns: QDC_NAMESPACE, origin: 'Policy Annotator' })}>`,
    '  <Codes>',
    ...lines,
    '  </Codes>',
    '</CodeBook>',
    '',
  ].join('\n');
}

/** Two spaces a level, up to a limit, so that a deep chain's file grows with its codes, not their square. */
function indentation(depth: number): string {
  return '  '.repeat(Math.min(depth, MAX_INDENTED_DEPTH));
}
