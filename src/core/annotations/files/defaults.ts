/**
 * Where notes live in a workspace unless the user chooses otherwise (the setting
 * `policyAnnotator.notesFolder`, the CLI's folder operand). Part of the file format: teams
 * commit this folder, and the JSON Schemas are offered to YAML editors for files under it.
 */
export const DEFAULT_NOTES_FOLDER = 'policy-notes';
