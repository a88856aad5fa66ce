// Varied but deterministic intake requests: the same index always builds the same body.

export interface ReceiveDossierBody {
  readonly procedureCode: string;
  readonly procedureName: string;
  readonly handlingUnitCode: string;
  readonly channel: 'direct';
  readonly applicant: { readonly fullName: string; readonly phone: string };
}

// The dossier code has a 4-digit daily sequence per unit (at most 9,999 a day): 20 units let about
// twenty 5,000-dossier runs share one day before any unit runs out.
export const UNIT_COUNT = 20;
const FIRST_UNIT_NUMBER = 20;

const PROCEDURE = { code: '2.000488', name: 'Cấp phiếu lý lịch tư pháp' } as const;

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

export function unitCode(index: number): string {
  return `000.00.${FIRST_UNIT_NUMBER + (index % UNIT_COUNT)}.H41`;
}

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

export function receiveDossierBody(index: number): ReceiveDossierBody {
  return {
    procedureCode: PROCEDURE.code,
    procedureName: PROCEDURE.name,
    handlingUnitCode: unitCode(index),
    channel: 'direct',
    applicant: { fullName: applicantName(index), phone: applicantPhone(index) },
  };
}

/** Unique per run and index; within the gateway's 8..200 chars of `[A-Za-z0-9_-]`. */
export function idempotencyKey(runId: string, index: number): string {
  return `bench-${runId}-${index}`;
}
