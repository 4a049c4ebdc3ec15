/**
 * The version of what the parser makes of a text. Parsed documents are kept in a cache keyed by
 * their sources and this number (src/core/documents/cache/): raise it with any change to the
 * parser or the model that changes a parsed document, so that no cache serves the old reading.
 */
export const PARSER_VERSION = 2;
