import { FontStyle } from './fonts';
import { DocumentIssuer, TextRun, labelled } from './layout';
import { PageFormat } from './sheet';
import { renderTableDocument } from './table-document';
import { formatVietnamDateTime } from './vietnam-time';

// Form 05 of Circular 01/2018/TT-VPCP (REFERENCE.md §2.1): every hand-over of the dossier with its time and
// whether the unit that handed it over was on time.
export const CONTROL_SLIP_TITLE = 'Phiếu kiểm soát quá trình giải quyết hồ sơ';

/** One hand-over: who gave the dossier, who took it (short unit names fit the column), when, and the giver's result. */
export interface ControlSlipHop {
  readonly fromUnit: string;
  readonly toUnit: string;
  readonly at: Date;
  /** Null when the hop has no time limit of its own (the applicant's supplement, a withdrawal). */
  readonly onTime: boolean | null;
  readonly giverName?: string;
  readonly note?: string;
}

/** Data of form 05, the process control slip. */
export interface ControlSlipInput {
  readonly issuer: DocumentIssuer;
  readonly issuedAt: Date;
  readonly dossierCode: string;
  readonly procedureName: string;
  /** The unit that decides (cơ quan giải quyết). */
  readonly resolvingUnit: string;
  /** Units that take part (cơ quan phối hợp giải quyết). */
  readonly cooperatingUnits: readonly string[];
  readonly hops: readonly ControlSlipHop[];
  readonly format?: PageFormat;
}

const RESULT_LABELS = { onTime: 'Đúng hạn', late: 'Quá hạn' } as const;

/** Renders form 05 (Phiếu kiểm soát quá trình giải quyết hồ sơ) as a PDF. */
export function renderControlSlip(input: ControlSlipInput): Promise<Buffer> {
  const notes: TextRun[][] = [
    [{ text: 'Ghi chú:', style: FontStyle.Bold }],
    [
      {
        text:
          '- Trường hợp hồ sơ được chuyển qua dịch vụ bưu chính công ích theo Quyết định số 45/2016/QĐ-TTg thì ' +
          'thời gian giao, nhận hồ sơ và việc ký nhận thể hiện trong hóa đơn của cơ quan Bưu chính.',
        style: FontStyle.Italic,
      },
    ],
    [
      {
        text: '- Kết quả giải quyết hồ sơ do bên nhận hồ sơ nhập/ghi khi nhận bàn giao hồ sơ.',
        style: FontStyle.Italic,
      },
    ],
    [
      {
        text:
          '- Phiếu được lập tự động từ Hệ thống thông tin một cửa điện tử; việc lưu vết giao, nhận được ' +
          'thực hiện trên hệ thống.',
        style: FontStyle.Italic,
      },
    ],
  ];
  return renderTableDocument({
    format: input.format,
    header: { ...input.issuer, issuedAt: input.issuedAt },
    title: CONTROL_SLIP_TITLE,
    titleLines: [labelled('Mã hồ sơ', input.dossierCode)],
    fields: [
      { label: 'Tên thủ tục', value: input.procedureName },
      { label: 'Cơ quan (bộ phận) giải quyết hồ sơ', value: input.resolvingUnit, valueStyle: FontStyle.Bold },
      {
        label: 'Cơ quan phối hợp giải quyết',
        value: input.cooperatingUnits.length > 0 ? input.cooperatingUnits.join('; ') : 'Không',
      },
    ],
    table: {
      columns: [
        { header: 'TÊN CƠ QUAN', weight: 4.5 },
        { header: 'THỜI GIAN GIAO, NHẬN HỒ SƠ', weight: 3 },
        { header: 'KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng hạn/quá hạn)', weight: 2.2, align: 'center' },
        { header: 'GHI CHÚ', weight: 2.5 },
      ],
      rows: input.hops.map((hop, index) => [
        `${index + 1}. Giao: ${hop.fromUnit}\nNhận: ${hop.toUnit}`,
        formatVietnamDateTime(hop.at),
        hop.onTime === null ? '' : hop.onTime ? RESULT_LABELS.onTime : RESULT_LABELS.late,
        [hop.giverName ? `Người giao: ${hop.giverName}` : '', hop.note ?? ''].filter(Boolean).join('\n'),
      ]),
    },
    closing: notes,
  });
}
