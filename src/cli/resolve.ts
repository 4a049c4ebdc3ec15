import { Library } from '../core/library';
import { Provision } from '../core/model';
import { parseProvisionRef, resolveProvisionRef } from '../core/reference';
import { CommandContext } from './command';
import { UsageError } from './usageError';

/** The provision a typed reference names; a reference to nothing is the user's error. */
export function provisionFor(library: Library, ref: string): Provision {
  const resolved = resolveProvisionRef(library, ref);
  if ('error' in resolved) {
    throw new UsageError(resolved.error);
  }
  return resolved.provision;
}

/**
 * The provision a typed reference names, reading only the document it names (none of the
 * workspace's for a bare number, which names one of the embedded document's), and the library it
 * was found in. Only a reference to nothing reads every document, to say which there are.
 */
export async function provisionNamed(context: CommandContext, ref: string): Promise<{ provision: Provision; library: Library }> {
  const named = parseProvisionRef(ref)?.documentId;
  const library = await context.library(named === undefined ? [] : [named]);
  if (library.document(named)) {
    return { provision: provisionFor(library, ref), library };
  }
  const everything = await context.library();
  return { provision: provisionFor(everything, ref), library: everything };
}
