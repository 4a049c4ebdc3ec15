import { Problem, error } from './problem';
import { localized } from '../l10n/localized';

// What git writes into a file it could not merge (diff3 style adds the ||||||| base marker).
const MARKER = /^(?:<{7}|\|{7}|>{7})(?: |$)|^={7}$/;

/** One error per line that starts with a git conflict marker. */
export function conflictMarkers(text: string): Problem[] {
  const problems: Problem[] = [];
  // Splitting a large file into lines costs more than looking for the markers at all.
  if (!['<<<<<<<', '|||||||', '>>>>>>>', '======='].some((marker) => text.includes(marker))) {
    return problems;
  }
  text.split(/\r?\n/).forEach((line, index) => {
    if (MARKER.test(line)) {
      const marker = line.slice(0, 7);
      problems.push(error(localized('problem.conflictMarker', marker), { line: index + 1, column: 1 }));
    }
  });
  return problems;
}
