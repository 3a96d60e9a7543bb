import type { Permission, Role } from './access.ts';
import type { DocumentField, DocumentRelation, DocumentStatus } from './documents.ts';
import type { GroupKind, Gender, UnitKind, UnitLevel, UnitStatus } from './units.ts';

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Label = Record<Lang, string>;

export const ROLE_LABELS: Record<Role, Label> = {
  admin: { vi: 'Quản trị hệ thống', en: 'System admin' },
  leader: { vi: 'Lãnh đạo', en: 'Unit leader' },
  specialist: { vi: 'Chuyên viên', en: 'Specialist' },
  reporter: { vi: 'Cơ sở (báo cáo)', en: 'Lower-unit reporter' },
  viewer: { vi: 'Chỉ xem', en: 'Read-only viewer' },
};

export const PERMISSION_LABELS: Record<Permission, Label> = {
  'unit.read': { vi: 'Xem đơn vị', en: 'View units' },
  'unit.write': { vi: 'Thêm, sửa đơn vị', en: 'Create and edit units' },
  'unit.reorganize': { vi: 'Sáp nhập, giải thể đơn vị', en: 'Merge and dissolve units' },
  'group.read': { vi: 'Xem cụm, khối thi đua', en: 'View emulation clusters and blocs' },
  'group.write': { vi: 'Quản lý cụm, khối thi đua', en: 'Manage emulation clusters and blocs' },
  'person.read': { vi: 'Xem cán bộ', en: 'View people' },
  'person.write': { vi: 'Thêm, sửa cán bộ và chức vụ', en: 'Edit people and positions' },
  'person.sensitive': { vi: 'Xem dân tộc, tôn giáo (dữ liệu nhạy cảm)', en: 'See ethnicity and religion (sensitive)' },
  'user.read': { vi: 'Xem tài khoản', en: 'View accounts' },
  'user.write': { vi: 'Quản lý tài khoản', en: 'Manage accounts' },
  'audit.read': { vi: 'Xem nhật ký thay đổi', en: 'View the audit log' },
  'document.read': { vi: 'Xem văn bản', en: 'View documents' },
  'document.write': { vi: 'Đăng ký, sửa văn bản của đơn vị', en: 'Register and edit the unit’s documents' },
  'document.central': { vi: 'Quản lý văn bản Trung ương (danh mục tham chiếu)', en: 'Manage central documents (reference catalogue)' },
  'review.write': { vi: 'Lập lịch và ghi nhận sơ kết, tổng kết', en: 'Plan and record reviews' },
  'task.read': { vi: 'Xem chương trình, nhiệm vụ', en: 'View programmes and tasks' },
  'task.write': { vi: 'Lập chương trình, giao nhiệm vụ', en: 'Plan programmes and assign tasks' },
  'task.report': { vi: 'Báo cáo tiến độ, gửi kết quả', en: 'Report progress and submit results' },
  'task.verify': { vi: 'Thẩm định kết quả nhiệm vụ', en: 'Verify task results' },
  'intake.read': { vi: 'Xem văn bản đã nhập (bài viết, báo cáo)', en: 'View imported texts (articles, reports)' },
  'intake.write': { vi: 'Nhập văn bản và duyệt các đề xuất từ văn bản', en: 'Import texts and review what they propose' },
};

export const UNIT_KIND_LABELS: Record<UnitKind, Label> = {
  party_committee: { vi: 'Cấp ủy Đảng', en: 'Party committee' },
  commission: { vi: 'Ban Dân vận / Ban Tuyên giáo và Dân vận', en: 'Mass-mobilisation commission' },
  party_board: { vi: 'Ban, cơ quan Đảng khác', en: 'Other Party board' },
  fatherland_front: { vi: 'Ủy ban MTTQ Việt Nam', en: 'Fatherland Front committee' },
  socio_political_org: { vi: 'Tổ chức chính trị - xã hội', en: 'Socio-political organisation' },
  mass_association: { vi: 'Hội quần chúng', en: 'Mass association' },
  state_agency: { vi: 'Cơ quan nhà nước', en: 'State agency' },
  police: { vi: 'Công an', en: 'Police' },
  military: { vi: 'Cơ quan quân sự', en: 'Military command' },
  press: { vi: 'Cơ quan báo chí', en: 'Press agency' },
  other: { vi: 'Khác', en: 'Other' },
};

export const UNIT_LEVEL_LABELS: Record<UnitLevel, Label> = {
  central: { vi: 'Trung ương', en: 'Central' },
  province: { vi: 'Tỉnh', en: 'Province' },
  district: { vi: 'Huyện', en: 'District' },
  commune: { vi: 'Xã', en: 'Commune' },
};

export const UNIT_STATUS_LABELS: Record<UnitStatus, Label> = {
  active: { vi: 'Đang hoạt động', en: 'Active' },
  dissolved: { vi: 'Đã giải thể / sáp nhập', en: 'Dissolved / merged' },
};

export const GROUP_KIND_LABELS: Record<GroupKind, Label> = {
  cluster: { vi: 'Cụm thi đua', en: 'Emulation cluster' },
  bloc: { vi: 'Khối thi đua', en: 'Emulation bloc' },
};

export const GENDER_LABELS: Record<Gender, Label> = {
  male: { vi: 'Nam', en: 'Male' },
  female: { vi: 'Nữ', en: 'Female' },
};

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, Label> = {
  in_force: { vi: 'Còn hiệu lực', en: 'In force' },
  replaced: { vi: 'Đã được thay thế', en: 'Replaced' },
  expired: { vi: 'Hết hiệu lực', en: 'No longer in force' },
};

export const DOCUMENT_FIELD_LABELS: Record<DocumentField, Label> = {
  mass_mobilization: { vi: 'Công tác dân vận', en: 'Mass mobilisation' },
  ethnic: { vi: 'Dân tộc', en: 'Ethnic affairs' },
  religion: { vi: 'Tôn giáo', en: 'Religion' },
  grassroots_democracy: { vi: 'Dân chủ ở cơ sở', en: 'Grassroots democracy' },
  front_and_organizations: { vi: 'Mặt trận và các đoàn thể', en: 'Front and mass organisations' },
  emulation: { vi: 'Thi đua "Dân vận khéo"', en: 'Emulation ("Skilful mass mobilisation")' },
  party_building: { vi: 'Xây dựng Đảng', en: 'Party building' },
  other: { vi: 'Khác', en: 'Other' },
};

/** A relation read from the document that holds it ("this document replaces …"). */
export const DOCUMENT_RELATION_LABELS: Record<DocumentRelation, Label> = {
  replaces: { vi: 'Thay thế', en: 'Replaces' },
  continues: { vi: 'Tiếp tục thực hiện', en: 'Continues' },
  implements: { vi: 'Triển khai thực hiện', en: 'Implements' },
  guides: { vi: 'Hướng dẫn thực hiện', en: 'Guides the implementation of' },
  amends: { vi: 'Sửa đổi, bổ sung', en: 'Amends' },
};

/** The same relation read from its target ("this document is replaced by …"). */
export const DOCUMENT_RELATION_INCOMING_LABELS: Record<DocumentRelation, Label> = {
  replaces: { vi: 'Được thay thế bởi', en: 'Replaced by' },
  continues: { vi: 'Được tiếp tục thực hiện bởi', en: 'Continued by' },
  implements: { vi: 'Được triển khai thực hiện bởi', en: 'Implemented by' },
  guides: { vi: 'Được hướng dẫn thực hiện bởi', en: 'Guided by' },
  amends: { vi: 'Được sửa đổi, bổ sung bởi', en: 'Amended by' },
};

export type ReviewKind = 'interim' | 'final' | 'other';
export const REVIEW_KIND_LABELS: Record<ReviewKind, Label> = {
  interim: { vi: 'Sơ kết', en: 'Interim review' },
  final: { vi: 'Tổng kết', en: 'Final review' },
  other: { vi: 'Mốc khác', en: 'Other milestone' },
};

export type ReviewState = 'done' | 'overdue' | 'due';
export const REVIEW_STATE_LABELS: Record<ReviewState, Label> = {
  done: { vi: 'Đã thực hiện', en: 'Done' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  due: { vi: 'Sắp đến hạn', en: 'Due' },
};

/** Labels of request fields, used to name bad fields in validation errors. */
export const FIELD_LABELS: Record<string, Label> = {
  name: { vi: 'Tên', en: 'Name' },
  shortName: { vi: 'Tên viết tắt', en: 'Short name' },
  code: { vi: 'Ký hiệu', en: 'Code' },
  kind: { vi: 'Loại', en: 'Kind' },
  level: { vi: 'Cấp', en: 'Level' },
  parentId: { vi: 'Đơn vị cấp trên', en: 'Parent unit' },
  validFrom: { vi: 'Hiệu lực từ', en: 'Valid from' },
  validTo: { vi: 'Hiệu lực đến', en: 'Valid to' },
  successorId: { vi: 'Đơn vị kế thừa', en: 'Successor unit' },
  unitIds: { vi: 'Các đơn vị', en: 'Units' },
  unitId: { vi: 'Đơn vị', en: 'Unit' },
  date: { vi: 'Ngày', en: 'Date' },
  note: { vi: 'Ghi chú', en: 'Note' },
  version: { vi: 'Phiên bản', en: 'Version' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  gender: { vi: 'Giới tính', en: 'Gender' },
  birthYear: { vi: 'Năm sinh', en: 'Birth year' },
  ethnicity: { vi: 'Dân tộc', en: 'Ethnicity' },
  religion: { vi: 'Tôn giáo', en: 'Religion' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  title: { vi: 'Chức vụ', en: 'Title' },
  isHead: { vi: 'Người đứng đầu', en: 'Head of unit' },
  startDate: { vi: 'Ngày bắt đầu', en: 'Start date' },
  endDate: { vi: 'Ngày kết thúc', en: 'End date' },
  personId: { vi: 'Cán bộ', en: 'Person' },
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  currentPassword: { vi: 'Mật khẩu hiện tại', en: 'Current password' },
  newPassword: { vi: 'Mật khẩu mới', en: 'New password' },
  role: { vi: 'Vai trò', en: 'Role' },
  active: { vi: 'Đang hoạt động', en: 'Active' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  q: { vi: 'Từ khóa', en: 'Search' },
  page: { vi: 'Trang', en: 'Page' },
  pageSize: { vi: 'Số dòng mỗi trang', en: 'Page size' },
  memberIds: { vi: 'Đơn vị thành viên', en: 'Member units' },
  year: { vi: 'Năm', en: 'Year' },
  ownerUnitId: { vi: 'Đơn vị quản lý', en: 'Owner unit' },
  number: { vi: 'Số', en: 'Number' },
  symbol: { vi: 'Ký hiệu', en: 'Symbol' },
  issueDate: { vi: 'Ngày ban hành', en: 'Issue date' },
  issuerCode: { vi: 'Cơ quan ban hành', en: 'Issuing body' },
  issuerName: { vi: 'Tên cơ quan ban hành', en: 'Issuing body’s name' },
  term: { vi: 'Khóa', en: 'Term' },
  subject: { vi: 'Trích yếu', en: 'Subject' },
  fields: { vi: 'Lĩnh vực', en: 'Fields' },
  status: { vi: 'Tình trạng', en: 'Status' },
  relation: { vi: 'Quan hệ', en: 'Relation' },
  targetId: { vi: 'Văn bản liên quan', en: 'Related document' },
  file: { vi: 'Tệp', en: 'File' },
  yearsAfter: { vi: 'Số năm sau ngày ban hành', en: 'Years after issue' },
  dueDate: { vi: 'Ngày đến hạn', en: 'Due date' },
  doneDate: { vi: 'Ngày thực hiện', en: 'Date held' },
  reportRef: { vi: 'Báo cáo', en: 'Report' },
  reportDocumentId: { vi: 'Văn bản báo cáo', en: 'Report document' },
};
