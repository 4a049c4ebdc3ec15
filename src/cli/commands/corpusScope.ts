import { Library } from '../../core/library';
import { PolicyDocument } from '../../core/model';
import { UsageError } from '../usageError';
import { GivenOptions } from '../options';
import { localized } from '../../core/l10n/localized';
import { PROGRAM } from '../command';

/** The documents every --document names, or all of them. */
export function documentsOption(library: Library, options: GivenOptions): readonly PolicyDocument[] {
  const ids = options.all('document');
  if (ids.length === 0) {
    return library.documents;
  }
  return ids.map((id) => {
    const document = library.document(id);
    if (!document) {
      throw new UsageError(localized('cli.noDocument', id, PROGRAM));
    }
    return document;
  });
}
