/**
 * Roles and permissions: the one table that decides what each role may do.
 * Scope (which units' records) is decided separately, by the unit tree.
 * Both the server's route guards and the web's menus read this table.
 */
export const ROLES = ['admin', 'leader', 'specialist', 'reporter', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'unit.read',
  'unit.write',
  'unit.reorganize',
  'group.read',
  'group.write',
  'person.read',
  'person.write',
  'person.sensitive',
  'user.read',
  'user.write',
  'audit.read',
  'document.read',
  'document.write',
  'document.central',
  'review.write',
  'task.read',
  'task.write',
  'task.report',
  'task.verify',
  'intake.read',
  'intake.write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ: Permission[] = ['unit.read', 'group.read', 'person.read', 'document.read', 'task.read'];

export const ROLE_PERMISSIONS = {
  admin: [...PERMISSIONS],
  leader: [...READ, 'unit.write', 'unit.reorganize', 'group.write', 'person.write', 'person.sensitive', 'user.read', 'audit.read', 'document.write', 'review.write', 'task.write', 'task.report', 'task.verify', 'intake.read', 'intake.write'],
  specialist: [...READ, 'unit.write', 'group.write', 'person.write', 'person.sensitive', 'audit.read', 'document.write', 'review.write', 'task.write', 'task.report', 'task.verify', 'intake.read', 'intake.write'],
  reporter: [...READ, 'task.report'],
  viewer: [...READ],
} as const satisfies Record<Role, readonly Permission[]>;

export function roleCan(role: Role, permission: Permission): boolean {
  return (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(permission);
}
