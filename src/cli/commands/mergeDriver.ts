import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { mergeThreeWay } from '../../core/teams/conflict/threeWayMerge';
import { DEFAULT_LIMITS, hasErrors } from '../../core/yaml';
import { writeUserFile } from '../../core/storage';
import { Command } from '../command';
import { loadLooseSidecar } from '../../core/teams/review/looseSidecar';
import { NodeFileSystem } from '../../platform/nodeFileSystem';
import { readOperand } from '../operandFile';

export const mergeDriverCommand: Command = {
  name: 'merge-driver',
  summary: "git's merge driver for sidecars: merges two versions of a coder's file by annotation id with their common ancestor",
  details:
    'git runs it as `policy-annotator merge-driver %O %A %B` (see "Team workflow" in the README) and reads the result from <ours>. ' +
    'A deletion on either side stays deleted, both sides\' additions are kept; an annotation both sides changed differently is kept ' +
    'in both versions (theirs with a new id) tagged merge-conflict, and so is one that one side changed and the other deleted: the ' +
    'command then exits with 1, so that git stops for a person to review them (git add the file once done). A version that is not ' +
    'a valid notes file is merged line by line by git instead, with conflict markers; when that result is not a valid notes file either, the command exits with 1.',
  operands: [{ name: 'base' }, { name: 'ours' }, { name: 'theirs' }],
  async run({ operands }, context) {
    const [base, ours, theirs] = operands.map((file) => path.resolve(context.cwd, file));
    const [baseBytes, oursBytes, theirsBytes] = await Promise.all(operands.map((file) => readOperand(context, file, DEFAULT_LIMITS.maxBytes)));
    const library = await context.library();
    const merged = mergeThreeWay(baseBytes, oursBytes, theirsBytes, library);
    if ('error' in merged) {
      // What git would have done without this driver: conflict markers, which `check` and the editor
      // point at. A merge without markers is clean only when its result is a valid notes file: a
      // side broken far from the other's change would otherwise be committed broken.
      const clean = lineMerge(ours, base, theirs) && !hasErrors(loadLooseSidecar(await readOperand(context, operands[1], DEFAULT_LIMITS.maxBytes), library).problems);
      return { json: { merged: false, reason: merged.error, clean }, text: () => `not merged by id (${merged.error}); merged line by line instead`, exitCode: clean ? 0 : 1 };
    }
    const text = new TextEncoder().encode(merged.text);
    await writeUserFile(new NodeFileSystem(path.dirname(ours)), path.basename(ours), () => text, DEFAULT_LIMITS.maxBytes);
    const ids = merged.conflicts.map((conflict) => (conflict.copy ? `${conflict.id} and ${conflict.copy}` : conflict.id));
    return {
      json: { merged: true, conflicts: merged.conflicts },
      text: () => (ids.length === 0 ? '' : `merged by id; review the annotations tagged merge-conflict: ${ids.join(', ')}`),
      exitCode: ids.length === 0 ? 0 : 1,
    };
  },
};

/** `git merge-file`, which writes the line-by-line merge into `ours`; true when it had no conflicts. */
function lineMerge(ours: string, base: string, theirs: string): boolean {
  try {
    execFileSync('git', ['merge-file', '--', ours, base, theirs], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
