/**
 * What differs between the desktop (Node) extension host and the web worker host of
 * vscode.dev / github.dev. Each entry point (src/extension.ts, src/extension.web.ts) passes its own.
 */
export interface Platform {
  readonly kind: 'node' | 'web';
  /** A name for the author of new notes when the setting is empty: git's user.name, then the OS user. */
  defaultAuthor(workspaceFolderPath: string | undefined): Promise<string | undefined>;
}
