import { Library } from '../../core/library';
import { PolicyDocument } from '../../core/model';
import { UsageError } from '../usageError';
import { localized } from '../../core/l10n/localized';
import { PROGRAM } from '../command';

/** The two versions a command names, old then new; an unknown id or the same one twice is the user's error. */
export function versionsFor(library: Library, oldId: string, newId: string): [PolicyDocument, PolicyDocument] {
  const [before, after] = [oldId, newId].map((id) => {
    const document = library.document(id);
    if (!document) {
      throw new UsageError(localized('cli.noDocument', id, PROGRAM));
    }
    return document;
  });
  if (before.id === after.id) {
    throw new UsageError(localized('cli.comparedWithItself', oldId));
  }
  return [before, after];
}
