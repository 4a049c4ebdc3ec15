import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { NodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { Annotation } from '../../../src/core/annotations/model/annotation';
import { AnnotationStore, NewAnnotation } from '../../../src/core/annotations/store/store';
import { opinionsLibrary } from './opinions';

export function hasGit(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface NotesWorkspaceOptions {
  /** The notes folder, relative to the workspace. */
  readonly notesFolder: string;
  /** The text of `<notesFolder>/codebook.yaml`. */
  readonly codebook: string;
  /** Make it a git repository with the codebook committed on `main`. */
  readonly git?: boolean;
}

/** A throw-away folder with a notes folder and its codebook, optionally a git repository. */
export class NotesWorkspace {
  readonly root = mkdtempSync(path.join(tmpdir(), 'policy-annotator-notes-'));
  private minute = 0;

  constructor(private readonly options: NotesWorkspaceOptions) {
    mkdirSync(path.join(this.root, options.notesFolder));
    writeFileSync(path.join(this.root, options.notesFolder, 'codebook.yaml'), options.codebook);
    if (options.git) {
      this.git('init', '--quiet');
      // Whatever the default branch is called on this machine.
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

  /** Merges `branch` into the current branch; true when git needed no help. */
  merge(branch: string): boolean {
    try {
      this.git('merge', '--quiet', '--no-edit', branch);
      return true;
    } catch {
      return false;
    }
  }

  /** A store on the folder, with a clock that keeps moving across stores (as real time would). */
  open(author: string): Promise<AnnotationStore> {
    return AnnotationStore.open({
      fs: new NodeFileSystem(this.root),
      library: opinionsLibrary(),
      notesFolder: this.options.notesFolder,
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
