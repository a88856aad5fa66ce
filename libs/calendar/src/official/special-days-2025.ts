import type { SpecialDay } from '../working-calendar';

// Source: REFERENCE.md §5.2 [C: tet-amlich.com "Các ngày nghỉ lễ 2025"]; it names no decision or letter
// number for 2025, so rows cite the Labour Code and say the approving text is not identified.
const HOLIDAYS = 'Bộ luật Lao động 2019, Điều 112 khoản 1';
const TET_2025 = `${HOLIDAYS}; lịch nghỉ Tết Ất Tỵ do Thủ tướng Chính phủ quyết định (số văn bản chưa xác định)`;
const SWAP_30_4_2025 =
  'Hoán đổi ngày làm việc dịp 30/4–1/5/2025 do Thủ tướng Chính phủ chấp thuận (số văn bản chưa xác định)';

/**
 * Civil-service special days of 2025 (REFERENCE.md §5.2). Only days that change the weekly pattern are
 * listed; the weekends inside a break (e.g. Tết 25/01–02/02) are ordinary weekly rest days.
 */
export const OFFICIAL_SPECIAL_DAYS_2025: readonly SpecialDay[] = frozen([
  { date: '2025-01-01', kind: 'holiday', name: 'Tết Dương lịch', legalBasis: HOLIDAYS },
  // Tết Ất Tỵ: break Sat 25/01 → Sun 02/02 (26 Chạp Giáp Thìn → mùng 5), statutory days Mon 27/01–Fri 31/01.
  // REFERENCE: "No swap reported" — swap-free is [U].
  { date: '2025-01-27', kind: 'holiday', name: 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)', legalBasis: TET_2025 },
  { date: '2025-01-28', kind: 'holiday', name: 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp)', legalBasis: TET_2025 },
  { date: '2025-01-29', kind: 'holiday', name: 'Tết Nguyên đán Ất Tỵ (mùng 1)', legalBasis: TET_2025 },
  { date: '2025-01-30', kind: 'holiday', name: 'Tết Nguyên đán Ất Tỵ (mùng 2)', legalBasis: TET_2025 },
  { date: '2025-01-31', kind: 'holiday', name: 'Tết Nguyên đán Ất Tỵ (mùng 3)', legalBasis: TET_2025 },
  { date: '2025-04-07', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', legalBasis: HOLIDAYS },
  // 30/4–1/5: break Wed 30/04 → Sun 04/05; Fri 02/05 off in exchange for Sat 26/04 worked.
  {
    date: '2025-04-26',
    kind: 'swapped_working_day',
    name: 'Làm việc bù cho ngày nghỉ thứ Sáu 02/05/2025',
    legalBasis: SWAP_30_4_2025,
  },
  { date: '2025-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (30/4)', legalBasis: HOLIDAYS },
  { date: '2025-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động (1/5)', legalBasis: HOLIDAYS },
  {
    date: '2025-05-02',
    kind: 'swapped_day_off',
    name: 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 26/04/2025)',
    legalBasis: SWAP_30_4_2025,
  },
  // Quốc khánh: break Sat 30/08 → Tue 02/09; 2/9 plus the adjacent day 1/9.
  {
    date: '2025-09-01',
    kind: 'holiday',
    name: 'Nghỉ lễ Quốc khánh (ngày liền kề 1/9)',
    legalBasis: HOLIDAYS,
  },
  { date: '2025-09-02', kind: 'holiday', name: 'Quốc khánh (2/9)', legalBasis: HOLIDAYS },
]);

function frozen(rows: SpecialDay[]): readonly SpecialDay[] {
  return Object.freeze(rows.map((row) => Object.freeze(row)));
}
