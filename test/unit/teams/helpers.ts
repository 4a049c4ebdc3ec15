import * as path from 'node:path';
import { CliIo, run } from '../../../src/cli/run';
import { NotesWorkspace, hasGit } from '../helpers/notesWorkspace';

export const DOCUMENT = 'mobile-internet-opinions-2017';
export const NOTES = 'policy-notes';
export const LI_WEI = `${NOTES}/${DOCUMENT}/li-wei.yaml`;
export const ZHANG_MIN = `${NOTES}/${DOCUMENT}/张敏.yaml`;

/** The command line as compiled next to the tests: `node out/src/cli/main.js`. */
export const CLI_MAIN = path.resolve(__dirname, '../../../src/cli/main.js');

export const CODEBOOK = `version: 1
tags:
  - id: innovation
    label:
      en: Innovation
      zh: 创新
    description: Calls for new technology or business models.
    color: "#1f77b4"
  # Everything about control of networks and information.
  - id: security
    label:
      en: Security
      zh: 安全
    description: Cybersecurity & control of information.
    color: "#d62728"
  - id: privacy
    label:
      en: Privacy
      zh: 隐私
    description: ""
    color: "#ff7f0e"
    parent: security
`;

export { hasGit };

/** A throw-away folder with `policy-notes/codebook.yaml`, optionally a git repository with it committed on main. */
export class Workspace extends NotesWorkspace {
  constructor(options: { readonly git?: boolean } = {}) {
    super({ notesFolder: NOTES, codebook: CODEBOOK, ...options });
  }
}

export interface CliOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in this process, as if given in the folder `cwd`. */
export async function cliIn(cwd: string, argv: readonly string[], io: Partial<CliIo> = {}): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd, ...io });
  return { code, stdout, stderr };
}
