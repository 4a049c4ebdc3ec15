import { Library } from './library';
import { Provision } from './model';

/**
 * A provision reference as typed on the command line or stored in a link:
 * `15`, `p15`, `¶15` or `<document-id>#15`. Without a document id it means the default document.
 */
export interface ProvisionRef {
  readonly documentId?: string;
  readonly number: number;
}

const REF = /^(?:([a-z0-9][a-z0-9-]*)#)?(?:p|¶)?(\d{1,4})$/i;

export function parseProvisionRef(text: string): ProvisionRef | undefined {
  const match = REF.exec(text.trim());
  if (!match) {
    return undefined;
  }
  return match[1] === undefined ? { number: Number(match[2]) } : { documentId: match[1], number: Number(match[2]) };
}

export type ResolvedRef = { readonly provision: Provision } | { readonly error: string };

/** Resolves a typed reference, or says in one line why it names nothing. */
export function resolveProvisionRef(library: Library, text: string): ResolvedRef {
  const ref = parseProvisionRef(text);
  if (!ref) {
    return { error: `"${text}" is not a provision reference (use 15, p15 or <document>#15)` };
  }
  const document = library.document(ref.documentId);
  if (!document) {
    return { error: `unknown document "${ref.documentId}" (known: ${library.documents.map((d) => d.id).join(', ')})` };
  }
  const provision = library.provision(document.id, ref.number);
  if (!provision) {
    return { error: `${document.id} has no provision ${ref.number} (it has 1–${document.provisions.length})` };
  }
  return { provision };
}
