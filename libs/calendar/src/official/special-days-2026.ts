import type { SpecialDay } from '../working-calendar';

// Source: REFERENCE.md §5.3 [C]; each row cites the text REFERENCE gives, and says so when it gives none.
const HOLIDAYS = 'Bộ luật Lao động 2019, Điều 112 khoản 1';
const NEW_YEAR_SWAP_2026 =
  'Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ (Phó Thủ tướng Phạm Thị Thanh Trà đồng ý)';
const TET_2026 = `${HOLIDAYS}; phương án nghỉ Tết Bính Ngọ 2026 (số văn bản chưa xác định)`;
const NATIONAL_DAY_SWAP_2026 =
  'Phương án nghỉ lễ Quốc khánh 2026 do Thủ tướng Phạm Minh Chính phê duyệt (số văn bản chưa xác định)';

/**
 * Civil-service special days of 2026 (REFERENCE.md §5.3). Only days that change the weekly pattern are
 * listed, plus the Sunday Hùng Kings day that explains its compensatory Monday.
 */
export const OFFICIAL_SPECIAL_DAYS_2026: readonly SpecialDay[] = frozen([
  // Tết Dương lịch: break Thu 01/01 → Sun 04/01; Fri 02/01 off in exchange for Sat 10/01 worked.
  { date: '2026-01-01', kind: 'holiday', name: 'Tết Dương lịch', legalBasis: HOLIDAYS },
  {
    date: '2026-01-02',
    kind: 'swapped_day_off',
    name: 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)',
    legalBasis: NEW_YEAR_SWAP_2026,
  },
  {
    date: '2026-01-10',
    kind: 'swapped_working_day',
    name: 'Làm việc bù cho ngày nghỉ thứ Sáu 02/01/2026',
    legalBasis: NEW_YEAR_SWAP_2026,
  },
  // Tết Bính Ngọ: break Sat 14/02 → Sun 22/02 (27 Chạp Ất Tỵ → mùng 6), mùng 1 = Tue 17/02; statutory days
  // Mon 16/02–Fri 20/02, no swap. Sources: congan.com.vn "Chính thức chốt phương án Tết… 2026 nghỉ 9 ngày";
  // baomoi/daidoanket (MOHA proposal).
  {
    date: '2026-02-16',
    kind: 'holiday',
    name: 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp)',
    legalBasis: TET_2026,
  },
  { date: '2026-02-17', kind: 'holiday', name: 'Tết Nguyên đán Bính Ngọ (mùng 1)', legalBasis: TET_2026 },
  { date: '2026-02-18', kind: 'holiday', name: 'Tết Nguyên đán Bính Ngọ (mùng 2)', legalBasis: TET_2026 },
  { date: '2026-02-19', kind: 'holiday', name: 'Tết Nguyên đán Bính Ngọ (mùng 3)', legalBasis: TET_2026 },
  { date: '2026-02-20', kind: 'holiday', name: 'Tết Nguyên đán Bính Ngọ (mùng 4)', legalBasis: TET_2026 },
  // Hùng Kings 10/3 lunar falls on Sun 26/04 → compensatory Mon 27/04 (Art. 111(3)); source thanhnien.vn 23/02/2026.
  { date: '2026-04-26', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', legalBasis: HOLIDAYS },
  {
    date: '2026-04-27',
    kind: 'compensatory_day_off',
    name: 'Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật 26/04/2026)',
    legalBasis: 'Bộ luật Lao động 2019, Điều 111 khoản 3',
  },
  // 30/4–1/5: break Thu 30/04 → Sun 03/05, no swap; source thanhnien.vn.
  { date: '2026-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (30/4)', legalBasis: HOLIDAYS },
  { date: '2026-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động (1/5)', legalBasis: HOLIDAYS },
  // Quốc khánh: break Sat 29/08 → Wed 02/09; holidays 1/9 + 2/9; Mon 31/08 off in exchange for Sat 22/08
  // worked. Source dantri.com.vn 13/10/2025.
  {
    date: '2026-08-22',
    kind: 'swapped_working_day',
    name: 'Làm việc bù cho ngày nghỉ thứ Hai 31/08/2026',
    legalBasis: NATIONAL_DAY_SWAP_2026,
  },
  {
    date: '2026-08-31',
    kind: 'swapped_day_off',
    name: 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08/2026)',
    legalBasis: NATIONAL_DAY_SWAP_2026,
  },
  {
    date: '2026-09-01',
    kind: 'holiday',
    name: 'Nghỉ lễ Quốc khánh (ngày liền kề 1/9)',
    legalBasis: HOLIDAYS,
  },
  { date: '2026-09-02', kind: 'holiday', name: 'Quốc khánh (2/9)', legalBasis: HOLIDAYS },
]);

function frozen(rows: SpecialDay[]): readonly SpecialDay[] {
  return Object.freeze(rows.map((row) => Object.freeze(row)));
}
