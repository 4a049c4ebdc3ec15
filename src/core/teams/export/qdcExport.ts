import { Codebook, Tag } from '../../annotations/model/annotation';
import { tagGuid } from '../../lib/uuid';
import { escapeXml, xmlAttributes } from '../../lib/xmlText';

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/**
 * The codebook as a REFI-QDA codebook (`.qdc`, QDA-XML codebook 1.0): one Code per tag, nested
 * under its parent, named by its English label, with its description and colour. Its guid is
 * the tag's UUID v5 (uuid.ts), so that exporting again gives the same file and other tools see
 * the same codes. Every tag is codable. No Sets element: the schema requires a Set inside one,
 * and the codebook has no sets. A codebook without tags cannot be written (Codes needs a Code).
 */
export function qdcExport(codebook: Codebook): string | { readonly error: string } {
  if (codebook.tags.length === 0) {
    return { error: 'the codebook has no tags, and a REFI-QDA codebook needs at least one code' };
  }
  const byId = new Map(codebook.tags.map((tag) => [tag.id, tag]));
  const children = new Map<string | undefined, Tag[]>();
  for (const tag of codebook.tags) {
    const parent = nestsUnder(tag, byId);
    children.set(parent, [...(children.get(parent) ?? []), tag]);
  }
  const code = (tag: Tag, depth: number): string[] => {
    const indent = '  '.repeat(depth);
    const attributes = xmlAttributes({ guid: tagGuid(tag.id), name: tag.label.en, isCodable: 'true', color: tag.color.toUpperCase() });
    const nested = (children.get(tag.id) ?? []).flatMap((child) => code(child, depth + 1));
    const description = tag.description === '' ? [] : [`${indent}  <Description>${escapeXml(tag.description)}</Description>`];
    const content = [...description, ...nested];
    return content.length === 0 ? [`${indent}<Code${attributes}/>`] : [`${indent}<Code${attributes}>`, ...content, `${indent}</Code>`];
  };
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<CodeBook${xmlAttributes({ xmlns: QDC_NAMESPACE, origin: 'Policy Annotator' })}>`,
    '  <Codes>',
    ...(children.get(undefined) ?? []).flatMap((tag) => code(tag, 2)),
    '  </Codes>',
    '</CodeBook>',
    '',
  ].join('\n');
}

/**
 * The parent a tag's Code is nested in: its parent, unless that is missing or the tag is its own
 * ancestor (the loader reports both as errors); such a tag is written at the top rather than lost.
 */
function nestsUnder(tag: Tag, byId: ReadonlyMap<string, Tag>): string | undefined {
  const seen = new Set<string>();
  for (let ancestor = tag.parent; ancestor !== undefined && !seen.has(ancestor); ancestor = byId.get(ancestor)?.parent) {
    if (ancestor === tag.id) {
      return undefined;
    }
    seen.add(ancestor);
  }
  return tag.parent !== undefined && byId.has(tag.parent) ? tag.parent : undefined;
}
