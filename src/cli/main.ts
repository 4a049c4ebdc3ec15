import { run } from './run';

// The only place that touches the process: everything else is testable through run().
void run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  columns: process.stdout.columns,
  cwd: process.cwd(),
  // The POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG; empty ones do not count.
  locale: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG,
}).then((code) => {
  process.exitCode = code;
});
