/** Which of the files given the parser a problem is in. */
export type SourceRole = 'chinese' | 'english';

/** The text does not have a structure the parser can read; `line` is 1-based in `file`. */
export class SourceFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly file: SourceRole = 'chinese',
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'SourceFormatError';
  }
}
