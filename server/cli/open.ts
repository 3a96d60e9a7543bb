import path from 'node:path';
import { openDatabase } from '../db/client.ts';
import { parseEnv } from '../env.ts';

/** Open and migrate the database the server would use, from the same settings. */
export async function openConfiguredDatabase() {
  const env = parseEnv();
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATABASE_URL ? undefined : path.join(env.DATA_DIR, 'pglite') });
  await database.migrate();
  return { env, database };
}

/** Read `--name value` pairs from argv. */
export function readArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a.startsWith('--')) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        out[a.slice(2)] = next;
        i++;
      } else out[a.slice(2)] = 'true';
    }
  }
  return out;
}
