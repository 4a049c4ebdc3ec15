/**
 * The user asked for something the program cannot do as asked (unknown command or option, a
 * reference to no provision): reported as one line on stderr with exit code 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
