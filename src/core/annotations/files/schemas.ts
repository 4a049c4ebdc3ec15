import codebookSchemaJson from '../../../../schemas/codebook.schema.json';
import notesSchemaJson from '../../../../schemas/notes.schema.json';
import { JsonSchema } from '../../yaml';

/** The files in `schemas/`, which YAML editors are also given: one definition of the format for both. */
export const NOTES_SCHEMA: JsonSchema = notesSchemaJson;
export const CODEBOOK_SCHEMA: JsonSchema = codebookSchemaJson;

/** The schemas' public addresses, written into each new file so that editors can find them. */
export const NOTES_SCHEMA_URL: string = notesSchemaJson.$id;
export const CODEBOOK_SCHEMA_URL: string = codebookSchemaJson.$id;
