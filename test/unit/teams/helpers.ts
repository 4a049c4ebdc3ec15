import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { NodeFileSystem } from '../../../src/cli/nodeFileSystem';
import { CliIo, run } from '../../../src/cli/run';
import { Annotation } from '../../../src/core/annotations/annotation';
import { AnnotationStore, NewAnnotation } from '../../../src/core/annotations/store';
import { opinionsLibrary } from '../helpers/opinions';

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

export function hasGit(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A throw-away folder with `policy-notes/codebook.yaml`, optionally a git repository with it committed on main. */
export class Workspace {
  readonly root = mkdtempSync(path.join(tmpdir(), 'policy-annotator-teams-'));
  private minute = 0;

  constructor(options: { readonly git?: boolean } = {}) {
    mkdirSync(path.join(this.root, NOTES));
    writeFileSync(path.join(this.root, NOTES, 'codebook.yaml'), CODEBOOK);
    if (options.git) {
      this.git('init', '--quiet');
      this.git('symbolic-ref', 'HEAD', 'refs/heads/main');
      this.commit('codebook');
    }
  }

  git(...args: string[]): string {
    const identity = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };
    return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
      cwd: this.root,
      encoding: 'utf8',
      env: { ...process.env, ...identity },
    });
  }

  commit(message: string): void {
    this.git('add', '--all');
    this.git('commit', '--quiet', '--message', message);
  }

  /** A store on the folder, with a clock that keeps moving across stores. */
  open(author: string): Promise<AnnotationStore> {
    return AnnotationStore.open({
      fs: new NodeFileSystem(this.root),
      library: opinionsLibrary(),
      notesFolder: NOTES,
      author,
      now: () => new Date(Date.UTC(2024, 4, 1, 9, this.minute++)),
    });
  }

  /** Adds annotations as `author`; fails the test on a refusal. */
  async annotate(author: string, ...inputs: NewAnnotation[]): Promise<Annotation[]> {
    const store = await this.open(author);
    const added: Annotation[] = [];
    for (const input of inputs) {
      const outcome = await store.add(input);
      if (!outcome.ok) {
        throw new Error(outcome.reason);
      }
      added.push(outcome.value);
    }
    return added;
  }

  read(file: string): string {
    return readFileSync(path.join(this.root, file), 'utf8');
  }

  write(file: string, text: string): void {
    mkdirSync(path.dirname(path.join(this.root, file)), { recursive: true });
    writeFileSync(path.join(this.root, file), text);
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export interface CliOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in this process, in `cwd` (the commands read the current folder). */
export async function cliIn(cwd: string, argv: readonly string[], io: Partial<CliIo> = {}): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), ...io });
    return { code, stdout, stderr };
  } finally {
    process.chdir(before);
  }
}
