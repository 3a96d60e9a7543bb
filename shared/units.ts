/** Unit kinds and levels of the tree (see docs/glossary.md). */
export const UNIT_KINDS = [
  'party_committee',
  'commission',
  'party_board',
  'fatherland_front',
  'socio_political_org',
  'mass_association',
  'state_agency',
  'police',
  'military',
  'press',
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_LEVELS = ['central', 'province', 'district', 'commune'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export const UNIT_STATUSES = ['active', 'dissolved'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export const GROUP_KINDS = ['cluster', 'bloc'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * Kinds whose staff act for the whole level: a party committee and its
 * commission (Ban Dân vận / Ban Tuyên giáo và Dân vận) guide mass-mobilisation
 * work of every unit under that committee. Users of these kinds get the
 * committee's subtree as scope; every other unit's users get their own subtree.
 */
export const LEVEL_STAFF_KINDS: readonly UnitKind[] = ['party_committee', 'commission'];
