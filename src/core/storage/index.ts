/**
 * The storage room: every byte the extension and the CLI keep on disk goes through here, so that
 * what we write into a user's repository is never lost nor half written.
 *
 * - The port: `NotesFileSystem` is what a host provides (VS Code's workspace, Node's disk, memory
 *   in tests); `Processes` says who holds a lock. Paths are relative and `/`-joined (`joinPath`).
 *   The port (fileSystem.ts) loads nothing heavy, so the startup bundle may import it on its own.
 * - Writing: `writeAtomically` (temporary file and rename), under a lock file where writers
 *   may race; `writeUserFile` for a file a person also edits; `writeMadeFile` for a command's
 *   output (an export) written in pieces; `inTransaction` for changes to
 *   several files that land together, finished by `finishTransaction` after a crash.
 * - Tracked files: a `TrackedFile` knows the bytes it last read (settled, not half written) and a
 *   `MergingWriter` applies an `Edit` to the newest content, merging with whatever changed on disk
 *   meanwhile; an edit declines with a `Refusal`, the writer answers with an `Outcome`.
 */
export { writeAtomically } from './atomicWrite';
export { EntryType, FileRefused, FileStamp, NotesFileSystem, joinPath, sameBytes, sameStamp, tooLarge } from './fileSystem';
export { Edit, MergingWriter } from './mergingWriter';
export { Outcome, failure } from './outcome';
export { LockOwner, Processes } from './processes';
export { Refusal, isRefusal, refuse } from './refusal';
export { SettleTiming } from './settledRead';
export { TrackedFile } from './trackedFile';
export { JOURNAL_NAME, finishTransaction, inTransaction } from './transaction';
export { writeMadeFile, writeUserFile } from './userFile';
