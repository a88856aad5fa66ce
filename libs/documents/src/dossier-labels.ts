import { DocumentForm, TimeUnit } from '@motcua/contracts';
import { TextRun } from './layout';
import { TableSpec } from './table';

/** The person or organisation a document is addressed to. */
export interface ApplicantDetails {
  /** Full name of the person, or the organisation's name. */
  readonly fullName: string;
  readonly address?: string;
  /** E.164 (`+84912345678`) or national form; printed in national form. */
  readonly phone?: string;
  readonly email?: string;
}

/** How the applicant gets the result (Decision 45/2016: the post may return it even for a paper dossier). */
export enum ResultReturnMethod {
  Counter = 'counter',
  Postal = 'postal',
  Online = 'online',
}

export type ResultReturn =
  /** At a return counter; `place` names it (`Quầy trả kết quả, Trung tâm Phục vụ hành chính công tỉnh`). */
  | { readonly method: ResultReturnMethod.Counter; readonly place: string }
  /** By the public postal service (BCCI) to `address`. */
  | { readonly method: ResultReturnMethod.Postal; readonly address: string }
  /** As an electronic result on the public service portal. */
  | { readonly method: ResultReturnMethod.Online };

/** A line of a checklist of documents: one paper in one form, `count` copies. */
export interface DocumentLine {
  readonly name: string;
  readonly form: DocumentForm;
  readonly count: number;
}

const TIME_UNIT_LABEL: Record<TimeUnit, string> = {
  [TimeUnit.WorkingDays]: 'ngày làm việc',
  [TimeUnit.WorkingHours]: 'giờ làm việc',
  [TimeUnit.CalendarDays]: 'ngày',
};

/** `15 ngày làm việc`, `0,5 ngày làm việc` (Vietnamese decimal comma). */
export function formatProcessingTime(amount: number, unit: TimeUnit): string {
  return `${String(amount).replace('.', ',')} ${TIME_UNIT_LABEL[unit]}`;
}

export function formatResultReturn(resultReturn: ResultReturn): string {
  switch (resultReturn.method) {
    case ResultReturnMethod.Counter:
      return `Trả trực tiếp tại ${resultReturn.place}`;
    case ResultReturnMethod.Postal:
      return `Qua dịch vụ bưu chính công ích, đến địa chỉ: ${resultReturn.address}`;
    case ResultReturnMethod.Online:
      return 'Nhận kết quả điện tử trên Cổng Dịch vụ công';
    default: {
      const unknown: never = resultReturn;
      throw new Error(`Unknown result return ${JSON.stringify(unknown)}`);
    }
  }
}

/** National form: `+84912345678` → `0912 345 678` (mobile numbers grouped 4-3-3), `+842383842456` → `02383842456`. */
export function formatPhone(phone: string): string {
  const national = phone.replace(/\s+/g, '').replace(/^\+84/, '0');
  const match = /^(0\d{3})(\d{3})(\d{3})$/.exec(national);
  return match ? `${match[1]} ${match[2]} ${match[3]}` : national;
}

/** Two-digit counts as forms print them (`01 bộ`). */
export const padCount = (count: number): string => String(count).padStart(2, '0');

// Columns of the checklist in form 01 of Circular 01/2018: one count column per kind of copy.
const FORM_COLUMN: Record<DocumentForm, number> = {
  [DocumentForm.Original]: 2,
  [DocumentForm.OriginalForComparison]: 2,
  [DocumentForm.CertifiedCopy]: 3,
  [DocumentForm.Copy]: 4,
};

const FORM_LABEL: Record<DocumentForm, string> = {
  [DocumentForm.Original]: 'Bản chính',
  [DocumentForm.OriginalForComparison]: 'Bản chính (đối chiếu)',
  [DocumentForm.CertifiedCopy]: 'Bản sao có chứng thực',
  [DocumentForm.Copy]: 'Bản sao',
};

/** A paper to list in a checklist; without `form` it is something to do rather than a paper to bring. */
export interface ChecklistLine {
  readonly name: string;
  readonly form?: DocumentForm;
  readonly count?: number;
}

/**
 * The checklist table of forms 01 and 02: `TT | Tên giấy tờ | Bản chính | Bản sao có chứng thực | Bản sao`.
 * `isCompact` (80 mm roll) folds the three count columns into `Loại bản | SL`.
 */
export function documentChecklist(
  lines: readonly ChecklistLine[],
  options: { nameHeader?: string; isCompact?: boolean } = {},
): TableSpec {
  const nameHeader = options.nameHeader ?? 'Tên giấy tờ';
  if (options.isCompact) {
    return {
      columns: [
        { header: 'TT', weight: 9, align: 'center' },
        { header: nameHeader, weight: 55 },
        { header: 'Loại bản', weight: 24 },
        { header: 'SL', weight: 12, align: 'center' },
      ],
      rows: lines.map((line, index) => [
        String(index + 1),
        line.name,
        line.form === undefined ? '' : FORM_LABEL[line.form],
        line.form === undefined ? '' : padCount(line.count ?? 1),
      ]),
    };
  }
  return {
    columns: [
      { header: 'TT', weight: 6, align: 'center' },
      { header: nameHeader, weight: 52 },
      { header: 'Bản chính', weight: 13, align: 'center' },
      { header: 'Bản sao có chứng thực', weight: 16, align: 'center' },
      { header: 'Bản sao', weight: 13, align: 'center' },
    ],
    rows: lines.map((line, index) => {
      const cells = [String(index + 1), line.name, '', '', ''];
      if (line.form !== undefined) {
        const count = padCount(line.count ?? 1);
        // A paper shown only for comparison is handed back, so the slip says so.
        cells[FORM_COLUMN[line.form]] =
          line.form === DocumentForm.OriginalForComparison ? `${count} (đối chiếu)` : count;
      }
      return cells;
    }),
  };
}

/** `Địa chỉ: …`, `Số điện thoại: …` and `Thư điện tử: …` lines, leaving out what the applicant did not give. */
export function applicantContactLines(applicant: ApplicantDetails): TextRun[][] {
  const lines: TextRun[][] = [];
  if (applicant.address) lines.push([{ text: `Địa chỉ: ${applicant.address}` }]);
  if (applicant.phone) lines.push([{ text: `Số điện thoại: ${formatPhone(applicant.phone)}` }]);
  if (applicant.email) lines.push([{ text: `Thư điện tử: ${applicant.email}` }]);
  return lines;
}
