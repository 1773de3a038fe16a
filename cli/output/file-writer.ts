// A buffered, synchronous appender to one file. Synchronous on purpose: the simulation
// calls the hooks synchronously, and the buffer keeps memory bounded however long the run.
// Every write goes to the file's end (O_APPEND), so another writer may add to the file in
// between (a pool thread writing its records straight into the output, cli/schedule/pool.ts).
import { closeSync, constants, openSync, writeSync } from 'node:fs';

const { O_APPEND, O_CREAT, O_EXCL, O_TRUNC, O_WRONLY } = constants;
const FLAGS = { w: O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, wx: O_WRONLY | O_CREAT | O_EXCL | O_APPEND, a: O_WRONLY | O_CREAT | O_APPEND };

const FLUSH_AT = 1 << 16;

export class FileWriter {
  private fd: number | null;
  private chunks: string[] = [];
  private size = 0;

  constructor(
    readonly path: string,
    flags: 'w' | 'wx' | 'a' = 'w',
  ) {
    this.fd = openSync(path, FLAGS[flags]);
  }

  write(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_AT) this.flush();
  }

  /** Raw bytes (a part file being copied in); flushes pending text first to keep the order. */
  writeBytes(bytes: Uint8Array): void {
    this.flush();
    let done = 0;
    while (done < bytes.length) done += writeSync(this.requireFd(), bytes, done, bytes.length - done);
  }

  flush(): void {
    if (this.size === 0 && this.chunks.length === 0) return;
    const text = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    writeSync(this.requireFd(), text, null, 'utf8');
  }

  close(): void {
    if (this.fd === null) return;
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
      this.fd = null;
    }
  }

  /** Closes without writing what is still buffered (the file is being thrown away). */
  discard(): void {
    if (this.fd === null) return;
    this.chunks = [];
    this.size = 0;
    closeSync(this.fd);
    this.fd = null;
  }

  private requireFd(): number {
    if (this.fd === null) throw new Error(`FileWriter: ${this.path} is already closed`);
    return this.fd;
  }
}
