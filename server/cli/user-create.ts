/**
 * Create an account from the command line — the first admin of a real deployment:
 *   npm run user:create -- --username admin --name "Nguyễn Văn A" --role admin \
 *     --root-unit "Tỉnh ủy Tây Ninh" --root-level province
 * With --unit <id> the account joins an existing unit instead. The password is
 * read from DANVAN_PASSWORD or asked for on the terminal (never echoed).
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { ROLES, type Role } from '../../shared/access.ts';
import { UNIT_LEVELS, type UnitLevel } from '../../shared/units.ts';
import { hashPassword } from '../lib/password.ts';
import { cleanText } from '../lib/vi-text.ts';
import { recordSystemChange } from '../modules/audit/index.ts';
import { findUnitInScope, insertUnit } from '../modules/units/index.ts';
import { findUserByUsername, insertUser } from '../modules/users/index.ts';
import { PASSWORD_MIN } from '../modules/users/users.schemas.ts';
import { openConfiguredDatabase, readArgs } from './open.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function askPassword(): Promise<string> {
  if (process.env.DANVAN_PASSWORD) return process.env.DANVAN_PASSWORD;
  if (!process.stdin.isTTY) fail('Đặt mật khẩu qua biến DANVAN_PASSWORD khi không chạy trên terminal.');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const muted = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stdout.write('Mật khẩu (password): ');
  muted._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

const args = readArgs(process.argv.slice(2));
const username = (args.username ?? '').trim().toLowerCase();
if (!/^[a-z0-9._-]{3,40}$/u.test(username)) fail('Cần --username gồm 3–40 ký tự a-z, 0-9, ".", "-", "_".');
const role = (args.role ?? 'admin') as Role;
if (!ROLES.includes(role)) fail(`--role phải là một trong: ${ROLES.join(', ')}`);
const displayName = cleanText(args.name ?? username);

const password = await askPassword();
if (password.length < PASSWORD_MIN) fail(`Mật khẩu cần ít nhất ${PASSWORD_MIN} ký tự.`);

const { database } = await openConfiguredDatabase();
const db = database.db;
if (await findUserByUsername(db, username)) fail(`Tên đăng nhập "${username}" đã tồn tại.`);

let unitId = args.unit;
if (unitId) {
  // Unscoped on purpose: the operator of the server may attach an account anywhere.
  const everywhere = { rootUnitId: unitId, prefixes: ['/'] };
  if (!(await findUnitInScope(db, everywhere, unitId))) fail(`Không tìm thấy đơn vị ${unitId}.`);
} else {
  const name = cleanText(args['root-unit'] ?? '');
  if (!name) fail('Cần --unit <id> của một đơn vị có sẵn, hoặc --root-unit "<tên>" để tạo đơn vị gốc.');
  const level = (args['root-level'] ?? 'province') as UnitLevel;
  if (!UNIT_LEVELS.includes(level)) fail(`--root-level phải là một trong: ${UNIT_LEVELS.join(', ')}`);
  const unit = await insertUnit(db, null, { name, shortName: null, code: null, kind: 'party_committee', level, validFrom: null, validTo: null }, randomUUID());
  await recordSystemChange(db, 'user:create', { entity: 'unit', entityId: unit.id, unitId: unit.id, action: 'create', summary: unit.name, after: { name, level } });
  unitId = unit.id;
  console.log(`Đã tạo đơn vị gốc "${name}" (${unit.id}).`);
}
const user = await insertUser(db, { username, displayName, unitId, role, personId: null, passwordHash: await hashPassword(password), language: 'vi' });
await recordSystemChange(db, 'user:create', { entity: 'user', entityId: user.id, unitId, action: 'create', summary: username, after: { username, displayName, role, unitId } });
console.log(`Đã tạo tài khoản ${user.username} (${role}).`);
await database.close();
