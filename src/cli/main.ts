import { run } from './run';

// The only place that touches the process: everything else is testable through run().
void run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  columns: process.stdout.columns,
  // Carriage return, the line, then erase to its end: the next line replaces it where it stands.
  ...(process.stderr.isTTY && {
    progress: { columns: process.stderr.columns, show: (line: string | undefined) => process.stderr.write(line === undefined ? '\r\x1b[K' : `\r${line}\x1b[K`) },
  }),
  cwd: process.cwd(),
  // The POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG; empty ones do not count.
  locale: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG,
}).then((code) => {
  process.exitCode = code;
});
