import { Codebook, Tag } from '../model/annotation';
import { checkSchema, DEFAULT_LIMITS, error, FileFormat, Interpretation, Limits, LoadedFile, Locator, locatorOf, Problem, readYaml } from '../../yaml';
import { tagsOnParentLoops } from '../model/tagTree';
import { CODEBOOK_SCHEMA, CODEBOOK_SCHEMA_URL } from './schemas';
import { localized } from '../../l10n/localized';

export type LoadedCodebook = LoadedFile<Codebook>;

export const CODEBOOK_FORMAT: FileFormat<Codebook> = {
  header: [
    'Policy Annotator codebook: the tags the team applies, shared by every coder.',
    'Rename or merge tags in Policy Annotator, so that the notes that use them follow.',
    'Policy Annotator keeps comments written here when it saves.',
    `yaml-language-server: $schema=${CODEBOOK_SCHEMA_URL}`,
  ],
  toPlain: (codebook) => ({
    version: 1,
    tags: codebook.tags.map((tag) => ({
      id: tag.id,
      label: { en: tag.label.en, zh: tag.label.zh },
      description: tag.description,
      color: tag.color,
      ...(tag.parent !== undefined && { parent: tag.parent }),
    })),
  }),
};

/**
 * Reads the codebook and says what is wrong with it, where; never throws. Tags with errors are
 * left out; a tag whose parent is missing or which is its own ancestor is an error.
 */
export function loadCodebook(bytes: Uint8Array, limits: Limits = DEFAULT_LIMITS): LoadedCodebook {
  const read = readYaml(bytes, limits);
  const source = read.source;
  if (!source) {
    return { problems: read.problems };
  }
  const interpretation = interpretCodebook(source.value, locatorOf(source));
  return { source, ...interpretation, problems: [...read.problems, ...interpretation.problems] };
}

/** What the value of a codebook (as parsed, or as about to be written) says; `at` places the problems. */
export function interpretCodebook(value: unknown, at: Locator): Interpretation<Codebook> {
  const check = checkSchema(value, at, CODEBOOK_SCHEMA, 'tags', 'codebook');
  const problems: Problem[] = [...check.problems];
  if (!check.readable) {
    return { problems };
  }
  // The schema check passed for the file as a whole, and for every item not in invalidItems.
  const items = (value as { readonly tags: readonly unknown[] }).tags;
  const tags = new Map<string, { readonly tag: Tag; readonly index: number }>();
  items.forEach((item, index) => {
    const tag = item as Tag;
    if (check.invalidItems.has(index)) {
      return;
    }
    const first = tags.get(tag.id);
    if (first) {
      const firstLine = at(['tags', first.index, 'id']).line;
      problems.push(error(localized('problem.duplicateTag', tag.id, firstLine), at(['tags', index, 'id'])));
      return;
    }
    tags.set(tag.id, { tag: toTag(tag), index });
  });
  const looped = tagsOnParentLoops([...tags.values()].map(({ tag }) => tag));
  for (const { tag, index } of tags.values()) {
    const problem = looped.has(tag.id)
      ? localized('problem.ownAncestor', tag.id)
      : tag.parent !== undefined && !tags.has(tag.parent)
        ? localized('problem.unknownParent', tag.parent)
        : undefined;
    if (problem) {
      problems.push(error(problem, at(['tags', index, 'parent'])));
    }
  }
  return { content: { tags: [...tags.values()].map(({ tag }) => tag) }, problems };
}

function toTag(raw: Tag): Tag {
  return {
    id: raw.id,
    label: { en: raw.label.en, zh: raw.label.zh },
    description: raw.description,
    color: raw.color,
    ...(raw.parent !== undefined && { parent: raw.parent }),
  };
}
