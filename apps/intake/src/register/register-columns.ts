import { formatVietnamDate, formatVietnamDateTime } from '@motcua/documents';
import type { Dossier } from '../dossiers/dossier.entity';

/** A column of the dossier register (form 06, sổ theo dõi hồ sơ) and how a dossier fills it. */
interface RegisterColumn {
  readonly header: string;
  readonly width: number;
  readonly value: (dossier: Dossier, row: number, unitNames: ReadonlyMap<string, string>) => string | number;
}

const dateTime = (at: Date | null): string => (at ? formatVietnamDateTime(at) : '');

function documentCount(dossier: Dossier): number {
  return (dossier.documents ?? []).reduce((sum, document) => sum + document.count, 0);
}

function returnCell(dossier: Dossier): string {
  if (!dossier.returnedAt) return '';
  const by = dossier.returnedTo ? `, người nhận: ${dossier.returnedTo}` : '';
  return `${formatVietnamDate(dossier.returnedAt)}${by}`;
}

function noteCell(dossier: Dossier): string {
  return [
    dossier.extendedDueAt ? `Gia hạn đến ${formatVietnamDateTime(dossier.extendedDueAt)}` : '',
    dossier.resultReference ? `Kết quả số ${dossier.resultReference}` : '',
    dossier.returnMethod === 'post' ? 'Trả qua bưu chính' : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** The columns of form 06 in their printed order (REFERENCE.md §2, forms). */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { header: 'STT', width: 6, value: (_d, row) => row },
  { header: 'Mã hồ sơ', width: 28, value: (d) => d.code },
  { header: 'Tên TTHC', width: 48, value: (d) => d.procedureName },
  { header: 'Số lượng hồ sơ (bộ/giấy tờ)', width: 12, value: (d) => documentCount(d) },
  { header: 'Tên cá nhân, tổ chức', width: 28, value: (d) => d.applicantFullName },
  {
    header: 'Địa chỉ, số điện thoại',
    width: 36,
    value: (d) => [d.applicantAddress, d.applicantPhone].filter(Boolean).join(', '),
  },
  {
    header: 'Cơ quan chủ trì giải quyết',
    width: 32,
    value: (d, _row, units) => units.get(d.handlingUnitCode) ?? d.handlingUnitCode,
  },
  { header: 'Nhận hồ sơ', width: 26, value: (d) => dateTime(d.receivedAt) },
  { header: 'Hẹn trả kết quả', width: 26, value: (d) => dateTime(d.dueAt) },
  { header: 'Chuyển hồ sơ đến cơ quan giải quyết', width: 26, value: (d) => dateTime(d.forwardedAt) },
  { header: 'Nhận kết quả từ cơ quan giải quyết', width: 26, value: (d) => dateTime(d.resultAtCenterAt) },
  { header: 'Trả kết quả (ngày, ký nhận)', width: 30, value: (d) => returnCell(d) },
  { header: 'Ghi chú', width: 36, value: (d) => noteCell(d) },
];

/** The register's rows, numbered from 1, as cell values. */
export function registerRows(
  dossiers: readonly Dossier[],
  unitNames: ReadonlyMap<string, string>,
): (string | number)[][] {
  return dossiers.map((dossier, i) =>
    REGISTER_COLUMNS.map((column) => column.value(dossier, i + 1, unitNames)),
  );
}
