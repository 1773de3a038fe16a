// Files are written whole or not at all (README.md#output-files-are-whole-or-absent): content goes to a temp name in the
// same directory and is renamed when complete. Every live temp file and temp directory is
// registered, so an error or Ctrl-C can remove them synchronously before the process ends.
import { linkSync, mkdtempSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { FileWriter } from './file-writer.js';

const live = new Set<string>();

/** A file being written under a temp name; commit() renames it into place. */
export class AtomicFile {
  readonly writer: FileWriter;
  readonly tempPath: string;
  private done = false;

  constructor(readonly path: string) {
    this.tempPath = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    live.add(this.tempPath);
    try {
      this.writer = new FileWriter(this.tempPath, 'w');
    } catch (err) {
      live.delete(this.tempPath);
      throw err;
    }
  }

  write(text: string): void {
    this.writer.write(text);
  }

  /** Moves the complete file into place; with `overwrite: false` an existing file is left alone (EEXIST). */
  commit(options: { overwrite?: boolean } = {}): void {
    this.writer.close();
    if (options.overwrite === false) {
      linkSync(this.tempPath, this.path); // atomic "create only if absent"
      unlinkSync(this.tempPath);
    } else {
      renameSync(this.tempPath, this.path);
    }
    live.delete(this.tempPath);
    this.done = true;
  }

  abort(): void {
    if (this.done) return;
    this.done = true;
    try {
      this.writer.discard();
    } catch {
      /* already closed */
    }
    rmSync(this.tempPath, { force: true });
    live.delete(this.tempPath);
  }
}

/** A private scratch directory (part files of parallel replications), removed by cleanup. */
export function scratchDirectory(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'orgflow-'));
  live.add(path);
  return {
    path,
    remove() {
      rmSync(path, { recursive: true, force: true });
      live.delete(path);
    },
  };
}

/** Removes every temp file and scratch directory still registered (synchronous: safe in a signal handler). */
export function removeTemporaryFiles(): void {
  for (const path of live) {
    try {
      // On a signal, pool threads still run until the process exits; one may create a part
      // file in the scratch directory while it is being removed (ENOTEMPTY): try again.
      rmSync(path, { recursive: true, force: true, maxRetries: 3, retryDelay: 10 });
    } catch {
      /* best effort while exiting */
    }
  }
  live.clear();
}
