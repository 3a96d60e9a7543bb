import type { Role } from '../../shared/access.ts';
import { insertTestUser, openTestSession } from './factories.ts';
import { type Client, clientFor, type TestApp } from './test-app.ts';

/** A signed-in client for a new user of `role` in `unitId`. */
export async function actorClient(t: TestApp, unitId: string, role: Role): Promise<Client & { userId: string }> {
  const user = await insertTestUser(t.deps.db, unitId, role);
  const client = clientFor(t, await openTestSession(t.deps.db, user.id, t.deps.now()));
  return Object.assign(client, { userId: user.id });
}
