import type { Label } from '../../../shared/labels.ts';

export const AUDIT_ENTITIES = ['unit', 'person', 'position', 'user', 'group', 'document', 'review', 'programme', 'task', 'intake_text', 'intake_batch', 'award', 'event'] as const;
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'merge', 'dissolve', 'move', 'password'] as const;

export const ENTITY_LABELS: Record<string, Label> = {
  unit: { vi: 'Đơn vị', en: 'Unit' },
  person: { vi: 'Cán bộ', en: 'Person' },
  position: { vi: 'Chức vụ', en: 'Position' },
  user: { vi: 'Tài khoản', en: 'Account' },
  group: { vi: 'Cụm/khối thi đua', en: 'Emulation group' },
  document: { vi: 'Văn bản', en: 'Document' },
  review: { vi: 'Mốc sơ kết, tổng kết', en: 'Review milestone' },
  programme: { vi: 'Chương trình công tác', en: 'Work programme' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
  intake_text: { vi: 'Văn bản nhập', en: 'Imported text' },
  intake_batch: { vi: 'Đợt nhập văn bản', en: 'Import batch' },
  award: { vi: 'Khen thưởng', en: 'Award' },
  event: { vi: 'Sự kiện', en: 'Event' },
};

export const ACTION_LABELS: Record<string, Label> = {
  create: { vi: 'Tạo mới', en: 'Created' },
  update: { vi: 'Sửa', en: 'Edited' },
  delete: { vi: 'Xóa', en: 'Deleted' },
  merge: { vi: 'Sáp nhập', en: 'Merged' },
  dissolve: { vi: 'Giải thể', en: 'Dissolved' },
  move: { vi: 'Chuyển đơn vị', en: 'Moved' },
  password: { vi: 'Đổi mật khẩu', en: 'Password changed' },
  revoke_sessions: { vi: 'Kết thúc phiên đăng nhập', en: 'Sessions ended' },
};

export const ACTION_COLORS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  merge: 'grape',
  dissolve: 'orange',
  move: 'cyan',
  password: 'yellow',
  revoke_sessions: 'gray',
};

/** Names of snapshot fields not in FIELD_LABELS. */
export const EXTRA_FIELD_LABELS: Record<string, Label> = {
  status: { vi: 'Trạng thái', en: 'Status' },
  displayName: { vi: 'Tên hiển thị', en: 'Display name' },
  ownerUnitId: { vi: 'Đơn vị chủ trì', en: 'Owner unit' },
  dissolutionNote: { vi: 'Ghi chú giải thể', en: 'Dissolution note' },
  positions: { vi: 'Chức vụ', en: 'Positions' },
  current: { vi: 'Đương nhiệm', en: 'Current' },
  personName: { vi: 'Cán bộ', en: 'Person' },
  unitName: { vi: 'Đơn vị', en: 'Unit' },
  passwordChangedAt: { vi: 'Đổi mật khẩu lúc', en: 'Password changed at' },
  depth: { vi: 'Cấp trong cây', en: 'Depth' },
};
