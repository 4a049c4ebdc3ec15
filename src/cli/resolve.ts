import { Library } from '../core/library';
import { Provision } from '../core/model';
import { resolveProvisionRef } from '../core/reference';
import { UsageError } from './usageError';

/** The provision a typed reference names; a reference to nothing is the user's error. */
export function provisionFor(library: Library, ref: string): Provision {
  const resolved = resolveProvisionRef(library, ref);
  if ('error' in resolved) {
    throw new UsageError(resolved.error);
  }
  return resolved.provision;
}
