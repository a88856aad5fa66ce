// Varied but deterministic intake requests: the same index always builds the same body.

/** A procedure of the running catalog and the checklist lines a complete reception ticks. */
export interface ReceptionTemplate {
  readonly procedureCode: string;
  readonly documents: readonly { readonly index: number; readonly count: number }[];
}

export interface ReceiveDossierBody {
  readonly procedureCode: string;
  readonly channel: 'direct';
  readonly applicant: {
    readonly fullName: string;
    readonly idNumber: string;
    readonly phone: string;
    readonly address: string;
  };
  readonly documents: readonly { readonly index: number; readonly count: number }[];
  readonly resultDelivery: { readonly method: 'counter' };
}

// Mobile network prefixes in use since the 2018 renumbering (Viettel, VinaPhone, MobiFone, Vietnamobile).
const MOBILE_PREFIXES = [
  '032',
  '035',
  '038',
  '077',
  '078',
  '083',
  '085',
  '086',
  '090',
  '091',
  '094',
  '096',
  '097',
  '098',
];
const SUBSCRIBER_DIGITS = 7;
// Odd multiplier, coprime with 10^7: spreads consecutive indexes over the subscriber range without repeats.
const SUBSCRIBER_STRIDE = 7_654_321;

const FAMILY_NAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
];
const MIDDLE_NAMES = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quốc', 'Ngọc', 'Hữu', 'Thanh'];
const GIVEN_NAMES = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hương',
  'Khánh',
  'Lan',
  'Long',
  'Mai',
  'Nam',
];

export function applicantPhone(index: number): string {
  const prefix = MOBILE_PREFIXES[index % MOBILE_PREFIXES.length];
  const subscriber = (index * SUBSCRIBER_STRIDE) % 10 ** SUBSCRIBER_DIGITS;
  return `${prefix}${String(subscriber).padStart(SUBSCRIBER_DIGITS, '0')}`;
}

export function applicantName(index: number): string {
  const family = FAMILY_NAMES[index % FAMILY_NAMES.length];
  const middle = MIDDLE_NAMES[Math.floor(index / FAMILY_NAMES.length) % MIDDLE_NAMES.length];
  const given = GIVEN_NAMES[Math.floor(index / 7) % GIVEN_NAMES.length];
  return `${family} ${middle} ${given}`;
}

/** A citizen ID born in Nghệ An (040) in the 1900s or 2000s, unique per index. */
export function applicantIdNumber(index: number): string {
  const centuryAndGender = index % 4;
  // 1950–1999 for the 1900s digits (0/1), 2000–2007 for the 2000s digits (2/3): never a future birth year.
  const birthYear = centuryAndGender < 2 ? 50 + (index % 50) : index % 8;
  return `040${centuryAndGender}${String(birthYear).padStart(2, '0')}${String(index % 1_000_000).padStart(6, '0')}`;
}

/**
 * The index-th reception: the catalog's procedures in turn (so the dossier codes' daily sequences spread over
 * their units), every mandatory document ticked.
 */
export function receiveDossierBody(
  index: number,
  templates: readonly ReceptionTemplate[],
): ReceiveDossierBody {
  const template = templates[index % templates.length];
  return {
    procedureCode: template.procedureCode,
    channel: 'direct',
    applicant: {
      fullName: applicantName(index),
      idNumber: applicantIdNumber(index),
      phone: applicantPhone(index),
      address: `Số ${1 + (index % 200)} đường Lê Lợi, phường Vinh Phú, tỉnh Nghệ An`,
    },
    documents: template.documents,
    resultDelivery: { method: 'counter' },
  };
}

/** Unique per run and index; within the gateway's 8..200 chars of `[A-Za-z0-9_-]`. */
export function idempotencyKey(runId: string, index: number): string {
  return `bench-${runId}-${index}`;
}
