import { Library } from '../../core/library';
import { PolicyDocument } from '../../core/model';
import { UsageError } from '../usageError';
import { GivenOptions } from '../options';

/** The documents every --document names, or all of them. */
export function documentsOption(library: Library, options: GivenOptions): readonly PolicyDocument[] {
  const ids = options.all('document');
  if (ids.length === 0) {
    return library.documents;
  }
  return ids.map((id) => {
    const document = library.document(id);
    if (!document) {
      throw new UsageError(`there is no document "${id}" (see policy-annotator list)`);
    }
    return document;
  });
}
