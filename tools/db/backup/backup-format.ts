/**
 * The backup file: gzip of a first line `SLA-BACKUP 1`, a line of JSON (BackupHeader), then for
 * each table of the header, in its order, the table's rows in Postgres' binary COPY format cut into
 * frames (a 4-byte big-endian length, then that many bytes), ended by a frame of length 0.
 */
export const MAGIC = 'SLA-BACKUP 1';

export interface BackupTable {
  name: string;
  /** The stored columns (generated ones are recomputed by Postgres), in COPY order. */
  columns: string[];
  rows: number;
  /** For a partition (the month partitions of `feed_event` and `sla_cycle`): its parent and bound, to create it again on restore. */
  partition?: { parent: string; bound: string };
}

export interface BackupHeader {
  createdAt: string;
  serverVersion: string;
  /** The migrations applied to the database, in order: a restore needs code with exactly these. */
  migrations: string[];
  tables: BackupTable[];
  sequences: { name: string; lastValue: string | null }[];
}

export function frame(chunk: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(chunk.length);
  return Buffer.concat([length, chunk]);
}

export const END_OF_TABLE = Buffer.alloc(4);

/** Reads exact byte counts and lines from a stream of chunks. */
export class ByteReader {
  private buffered: Buffer = Buffer.alloc(0);
  private readonly chunks: AsyncIterator<Buffer>;

  constructor(source: AsyncIterable<Buffer>) {
    this.chunks = source[Symbol.asyncIterator]();
  }

  private async fill(size: number): Promise<void> {
    while (this.buffered.length < size) {
      const next = await this.chunks.next();
      if (next.done)
        throw new Error('The backup file ends too early: it is truncated or not a backup.');
      this.buffered = Buffer.concat([this.buffered, next.value]);
    }
  }

  async read(size: number): Promise<Buffer> {
    await this.fill(size);
    const out = this.buffered.subarray(0, size);
    this.buffered = this.buffered.subarray(size);
    return out;
  }

  async line(maxLength: number): Promise<string> {
    for (;;) {
      const end = this.buffered.indexOf(0x0a);
      if (end >= 0) return (await this.read(end + 1)).subarray(0, end).toString('utf8');
      if (this.buffered.length > maxLength)
        throw new Error('The backup file has no header: it is not a backup.');
      await this.fill(this.buffered.length + 1);
    }
  }

  /** The bytes of one table's frames, frame by frame, until its end frame. */
  async *tableFrames(): AsyncGenerator<Buffer> {
    for (;;) {
      const length = (await this.read(4)).readUInt32BE();
      if (length === 0) return;
      yield Buffer.from(await this.read(length));
    }
  }
}
