import * as assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { NodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { LockTiming, lockPath, withFileLock } from '../../../src/core/storage/fileLock';

/** A lock's first line, as this program writes it. */
const TOKEN = '0123456789abcdef';
const HOLDER = path.join(__dirname, 'lockHolder.js');
const FILE = 'li-wei.yaml';
/** Time never makes these locks stale: only knowing their owner is gone can. */
const PATIENT: LockTiming = { staleAfterMs: 3_600_000, unknownOwnerAfterMs: 3_600_000, timeoutMs: 8_000 };

/** A process holding the lock of FILE in `root`, once it says so. */
function holder(root: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [HOLDER, root, FILE], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('holding\n')) {
        resolve(child);
      }
    });
    child.once('exit', (code) => reject(new Error(`the holder exited (${code}) before holding the lock`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('abuse: a lock left by a save killed mid-way', function () {
  this.timeout(30_000);
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'policy-annotator-lock-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("names its owner, and is taken over at once when that process is gone (it waited 10 s)", async function () {
    if (process.platform === 'win32') {
      this.skip();
    }
    const child = await holder(root);
    const lock = readFileSync(path.join(root, lockPath(FILE)), 'utf8');
    await killed(child);
    assert.ok(existsSync(path.join(root, lockPath(FILE))), 'the killed process left its lock behind');
    let ran = false;
    await withFileLock(new NodeFileSystem(root), FILE, async () => (ran = true), PATIENT);
    assert.ok(ran);
    assert.ok(!existsSync(path.join(root, lockPath(FILE))));
    assert.match(lock, new RegExp(`^pid ${child.pid}\nhost \\S+\nstarted \\d*$`, 'm'));
  });

  it('is waited for while its owner runs', async function () {
    if (process.platform === 'win32') {
      this.skip();
    }
    const child = await holder(root);
    try {
      await assert.rejects(withFileLock(new NodeFileSystem(root), FILE, async () => assert.fail('ran under a held lock'), { ...PATIENT, timeoutMs: 1_000 }), /another save has held/);
    } finally {
      await killed(child);
    }
  });

  it("is left to time when it names another host's process, or none", async () => {
    const fs = new NodeFileSystem(root);
    for (const text of [`${TOKEN}\npid 999999999\nhost elsewhere.example\nstarted 1\n`, `${TOKEN}\n`]) {
      writeFileSync(path.join(root, lockPath(FILE)), text);
      await assert.rejects(withFileLock(fs, FILE, async () => assert.fail('ran under a held lock'), { ...PATIENT, timeoutMs: 500 }), /another save has held/);
      let ran = false;
      await withFileLock(fs, FILE, async () => (ran = true), { staleAfterMs: 200, unknownOwnerAfterMs: 200, timeoutMs: 5_000 });
      assert.ok(ran, text);
    }
  });
});
