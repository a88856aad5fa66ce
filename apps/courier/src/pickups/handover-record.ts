import { Field, FontStyle, TableDocumentInput, formatVietnamDateTime } from '@motcua/documents';

export interface HandoverRecordLine {
  readonly dossierCode: string;
  readonly destination: string;
  readonly trackingNumber: string;
  readonly sealNumber: string;
}

export interface HandoverRecordInput {
  /** The record's number: the pickup's or the package's id ends it. */
  readonly recordId: string;
  /** The body drawing up the record (its header). */
  readonly issuer: string;
  /** Who gives: a unit, or the post. */
  readonly giver: string;
  readonly givenByName: string;
  /** Who takes: the post, or a unit. */
  readonly taker: string;
  readonly takenByName: string;
  readonly at: Date;
  /** The scheduled pickup, when the record is of one. */
  readonly slotAt?: Date;
  readonly packages: number;
  /** What the receiver found on the seal, when the record is of a receipt. */
  readonly sealCheck?: string;
  readonly lines: readonly HandoverRecordLine[];
}

/** Biên bản giao nhận: every dossier handed over, in which sealed package, who gave, who took, and when. */
export function handoverRecordDocument(input: HandoverRecordInput): TableDocumentInput {
  const fields: Field[] = [
    { label: 'Bên giao', value: `${input.giver} — ${input.givenByName}`, valueStyle: FontStyle.Bold },
    { label: 'Bên nhận', value: `${input.taker} — ${input.takenByName}`, valueStyle: FontStyle.Bold },
    { label: 'Thời điểm giao nhận', value: formatVietnamDateTime(input.at) },
    ...(input.slotAt ? [{ label: 'Chuyến lấy theo lịch', value: formatVietnamDateTime(input.slotAt) }] : []),
    { label: 'Số túi niêm phong', value: String(input.packages) },
    ...(input.sealCheck ? [{ label: 'Kiểm tra niêm phong', value: input.sealCheck }] : []),
  ];
  return {
    header: {
      issuingBody: input.issuer,
      documentNumber: `${input.recordId.slice(-6).toUpperCase()}/BBGN`,
      place: 'Nghệ An',
      issuedAt: input.at,
    },
    title: 'Biên bản giao nhận hồ sơ, kết quả',
    titleLines: [[{ text: 'Qua dịch vụ bưu chính công ích', style: FontStyle.Italic }]],
    fields,
    table: {
      columns: [
        { header: 'TT', weight: 5, align: 'center' },
        { header: 'Mã hồ sơ', weight: 34 },
        { header: 'Nơi nhận', weight: 22 },
        { header: 'Mã vận đơn', weight: 21 },
        { header: 'Số niêm phong', weight: 18 },
      ],
      rows: input.lines.map((line, index) => [
        String(index + 1),
        line.dossierCode,
        line.destination,
        line.trackingNumber,
        line.sealNumber,
      ]),
    },
    closing: [[{ text: 'Biên bản lập thành 02 bản, mỗi bên giữ 01 bản./.' }]],
    signatures: [
      { title: 'Đại diện bên giao', signerName: input.givenByName },
      { title: 'Đại diện bên nhận', signerName: input.takenByName },
    ],
  };
}
