/**
 * Bulk loading through COPY … FROM STDIN (text format), the fastest way into
 * either engine: pg-copy-streams on PostgreSQL, `COPY … FROM '/dev/blob'` on
 * PGlite. Rows are encoded as they are generated and sent in chunks of a few
 * megabytes; on PostgreSQL one chunk is in flight while the next is built.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type CopyValue = string | number | boolean | null | undefined | readonly string[];

/** Text-format escaping: backslash, tab, newline and carriage return; null is \N. */
function encode(v: CopyValue): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `{${v.join(',')}}`;
  const s = v as string;
  return /[\\\t\n\r]/u.test(s) ? s.replace(/[\\\t\n\r]/gu, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : s;
}

/** Where COPY statements go: one connection, inside one transaction at a time. */
export interface CopyConnection {
  copy(statement: string, data: string): Promise<void>;
  exec(sql: string): Promise<void>;
  release(): Promise<void>;
}

export function pgConnection(client: pg.PoolClient | pg.Client, release: () => Promise<void>): CopyConnection {
  return {
    async copy(statement, data) {
      await pipeline(Readable.from([Buffer.from(data, 'utf8')]), client.query(copyFrom(statement)));
    },
    async exec(sql) {
      await client.query(sql);
    },
    release,
  };
}

export function pgliteConnection(client: PGlite): CopyConnection {
  return {
    async copy(statement, data) {
      await client.query(statement.replace(/FROM STDIN$/u, `FROM '/dev/blob'`), [], { blob: new Blob([data]) });
    },
    async exec(sql) {
      await client.exec(sql);
    },
    release: async () => {},
  };
}

export interface TableStats {
  rows: number;
  bytes: number;
  /** Time the database spent in this table's COPY statements. */
  ms: number;
}

const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Buffers rows per table and sends them in chunks. `pipelined`: the next
 * chunk is built while the previous one is still being copied (PostgreSQL is
 * another process); chunks still go in order, so foreign keys hold.
 */
export class CopyLoader {
  readonly stats = new Map<string, TableStats>();
  private readonly buffers = new Map<string, { columns: readonly string[]; parts: string[]; bytes: number }>();
  private inflight: Promise<void> = Promise.resolve();

  /**
   * @param dependsOn tables whose buffered rows must reach the database before
   *   a chunk of this table (the targets of its foreign keys)
   */
  constructor(
    private readonly conn: CopyConnection,
    private readonly pipelined: boolean,
    private readonly dependsOn: Readonly<Record<string, readonly string[]>> = {},
  ) {}

  /** Add one row; resolves at once unless a chunk had to be sent. */
  add(table: string, columns: readonly string[], values: readonly CopyValue[]): Promise<void> | undefined {
    let buf = this.buffers.get(table);
    if (!buf) {
      buf = { columns, parts: [], bytes: 0 };
      this.buffers.set(table, buf);
    }
    let line = '';
    for (let i = 0; i < values.length; i++) line += (i ? '\t' : '') + encode(values[i]);
    line += '\n';
    buf.parts.push(line);
    buf.bytes += line.length;
    const s = this.stat(table);
    s.rows++;
    if (buf.bytes >= CHUNK_BYTES) return this.flushTable(table);
    return undefined;
  }

  private stat(table: string): TableStats {
    let s = this.stats.get(table);
    if (!s) {
      s = { rows: 0, bytes: 0, ms: 0 };
      this.stats.set(table, s);
    }
    return s;
  }

  /** Send what is buffered for `table` (after its foreign-key targets and the chunk in flight). */
  async flushTable(table: string): Promise<void> {
    for (const dep of this.dependsOn[table] ?? []) await this.flushTable(dep);
    const buf = this.buffers.get(table);
    if (!buf || buf.parts.length === 0) return;
    const data = buf.parts.join('');
    buf.parts = [];
    buf.bytes = 0;
    const statement = `COPY ${table} (${buf.columns.join(', ')}) FROM STDIN`;
    await this.inflight;
    const s = this.stat(table);
    const started = performance.now();
    const run = this.conn.copy(statement, data).then(() => {
      s.ms += performance.now() - started;
      s.bytes += Buffer.byteLength(data);
    });
    if (this.pipelined) {
      // Keep the rejection observed until the next await picks it up.
      run.catch(() => {});
      this.inflight = run;
    } else {
      await run;
    }
  }

  /** Flush every table, then wait for the last chunk. */
  async flushAll(): Promise<void> {
    for (const t of this.buffers.keys()) await this.flushTable(t);
    await this.inflight;
  }

  exec(sql: string): Promise<void> {
    return this.inflight.then(() => this.conn.exec(sql));
  }
}
