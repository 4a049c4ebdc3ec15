import { numberKey, parseNumberKey } from '../model';
import { ProvisionRef } from '../reference';

/**
 * Links to a provision inside the extension: `policy-annotator:/<document id>/<number>`, e.g.
 * `policy-annotator:/mobile-internet-opinions-2017/15`.
 *
 * The path mirrors the model's ids (documents are slugs, provisions are numbered 1… in the Chinese
 * original), so a link stays valid for the life of the document. The VS Code side registers the
 * `policy-annotator` scheme (document links, a read-only document for the provision); outside
 * VS Code the link is inert but still readable.
 */
export const URI_SCHEME = 'policy-annotator';

/** Everything before the document id; recognition matches links from here. */
export const URI_PREFIX = `${URI_SCHEME}:/`;

const PROVISION_URI = new RegExp(`^${URI_PREFIX}([a-z0-9][a-z0-9-]*)/(\\d{1,4}(?:-\\d{1,3})?)$`);

export function provisionUri(documentId: string, number: number): string {
  return `${URI_PREFIX}${documentId}/${numberKey(number)}`;
}

/** The provision a `policy-annotator:` link names, or undefined if the text is no such link. */
export function parseProvisionUri(uri: string): Required<ProvisionRef> | undefined {
  const match = PROVISION_URI.exec(uri.trim());
  const number = match && parseNumberKey(match[2]);
  return match && number !== undefined && number !== null ? { documentId: match[1], number } : undefined;
}
