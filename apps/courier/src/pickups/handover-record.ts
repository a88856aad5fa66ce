import { FontStyle, TableDocumentInput, formatVietnamDateTime } from '@motcua/documents';

export interface HandoverRecordLine {
  readonly dossierCode: string;
  readonly destination: string;
  readonly trackingNumber: string;
  readonly sealNumber: string;
}

export interface HandoverRecordInput {
  readonly pickupId: string;
  readonly originName: string;
  readonly slotAt: Date;
  readonly handedOverAt: Date;
  readonly givenByName: string;
  readonly takenByName: string;
  readonly packages: number;
  readonly lines: readonly HandoverRecordLine[];
}

/** Biên bản giao nhận: every dossier that left, in which sealed package, who gave, who took, and when. */
export function handoverRecordDocument(input: HandoverRecordInput): TableDocumentInput {
  return {
    header: {
      issuingBody: input.originName,
      documentNumber: `${input.pickupId.slice(-6).toUpperCase()}/BBGN`,
      place: 'Nghệ An',
      issuedAt: input.handedOverAt,
    },
    title: 'Biên bản giao nhận hồ sơ, kết quả',
    titleLines: [[{ text: 'Qua dịch vụ bưu chính công ích', style: FontStyle.Italic }]],
    fields: [
      { label: 'Bên giao', value: `${input.originName} — ${input.givenByName}`, valueStyle: FontStyle.Bold },
      { label: 'Bên nhận', value: `Bưu điện — ${input.takenByName}`, valueStyle: FontStyle.Bold },
      { label: 'Thời điểm giao nhận', value: formatVietnamDateTime(input.handedOverAt) },
      { label: 'Chuyến lấy theo lịch', value: formatVietnamDateTime(input.slotAt) },
      { label: 'Số túi niêm phong', value: String(input.packages) },
    ],
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
