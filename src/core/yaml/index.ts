/**
 * The YAML room: how the files we write into a researcher's repository are read, checked and
 * written, whatever they hold. Annotations, documents and teams import only this interface.
 *
 * - Reading: `readYaml` decodes bytes into a value and its text, turning every way a file can be
 *   unreadable (too large, too deep, aliases that expand, conflict markers, syntax) into located
 *   `Problem`s; it never throws. `knownSource` stands for bytes whose value is known, decoded on first use.
 *   `locate`/`locatorOf` find where a value path is, for messages.
 * - Checking: `checkSchema` holds a value to a JSON Schema (the subset `validate` knows).
 * - Writing: a `FileFormat` says how a kind of file is read and written; `saveFile` writes the next
 *   content byte-stable: canonical form, comments kept, a keyed list spliced item by item so that
 *   an edit changes only the lines it is about. `serialise` renders a whole file.
 *
 * The values it hands out are shared by caches and must never be mutated.
 */
export { conflictMarkers } from './conflictMarkers';
export { JsonSchema, validate } from './jsonSchema';
export { Position, Problem, START_OF_FILE, error, hasErrors, refusalReason, warning } from './problem';
export { checkSchema } from './schemaCheck';
export { FileFormat, Interpretation, LoadedFile, isWritable, rememberPlain, saveFile, serialise } from './yamlFile';
export { Locator, locate, locatorOf } from './yamlLocate';
export { DEFAULT_LIMITS, Limits, knownSource, readYaml } from './yamlSource';
export { PlainObject } from './yamlWrite';
