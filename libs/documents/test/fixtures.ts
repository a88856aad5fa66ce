import { Channel, DocumentForm, TimeUnit } from '@motcua/contracts';
import { ResultReturnMethod } from '../src/dossier-labels';
import { FontStyle } from '../src/fonts';
import { DocumentIssuer, labelled } from '../src/layout';
import { ReceptionSlipInput } from '../src/reception-slip';
import { RefusalNoticeInput } from '../src/refusal-notice';
import { PageFormat } from '../src/sheet';
import { SupplementRequestInput } from '../src/supplement-request';
import { TableDocumentInput } from '../src/table-document';

export const CENTER_ISSUER: DocumentIssuer = {
  parentBody: 'UBND tỉnh Nghệ An',
  issuingBody: 'Trung tâm Phục vụ hành chính công',
  place: 'Nghệ An',
};

export const CENTER_NAME = 'Trung tâm Phục vụ hành chính công tỉnh Nghệ An';

/** 09:40 on 28/11/2026 in Vietnam. */
export const RECEIVED_AT = new Date('2026-11-28T02:40:00Z');
/** 14:00 on 11/12/2026 in Vietnam. */
export const DUE_AT = new Date('2026-12-11T07:00:00Z');

export const APPLICANT = {
  fullName: 'Nguyễn Văn Ánh',
  address: 'Số 12 đường Lê Hồng Phong, phường Trường Vinh, tỉnh Nghệ An',
  phone: '+84912345678',
  email: 'nguyenvananh@example.vn',
};

export function buildReceptionSlipInput(overrides: Partial<ReceptionSlipInput> = {}): ReceptionSlipInput {
  return {
    issuer: CENTER_ISSUER,
    dossierCode: '000.00.20.H41-261128-0361',
    receivingUnit: CENTER_NAME,
    applicant: APPLICANT,
    procedureName: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
    channel: Channel.Direct,
    documents: [
      {
        name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03/2013/TT-LLTP)',
        form: DocumentForm.Original,
        count: 1,
      },
      {
        name: 'Căn cước công dân của người được cấp Phiếu lý lịch tư pháp',
        form: DocumentForm.CertifiedCopy,
        count: 1,
      },
      { name: 'Giấy tờ chứng minh nơi thường trú', form: DocumentForm.Copy, count: 2 },
      { name: 'Giấy ủy quyền (trường hợp ủy quyền)', form: DocumentForm.OriginalForComparison, count: 1 },
    ],
    processingTime: { amount: 10, unit: TimeUnit.WorkingDays },
    receivedAt: RECEIVED_AT,
    dueAt: DUE_AT,
    resultReturn: {
      method: ResultReturnMethod.Counter,
      place: 'Quầy trả kết quả, Trung tâm Phục vụ hành chính công tỉnh Nghệ An',
    },
    publicBaseUrl: 'https://dichvucong.nghean.gov.vn',
    receiverName: 'Trần Thị Hằng',
    ...overrides,
  };
}

export function buildSupplementRequestInput(
  overrides: Partial<SupplementRequestInput> = {},
): SupplementRequestInput {
  return {
    issuer: CENTER_ISSUER,
    documentNumber: '15/HDHS',
    issuedAt: RECEIVED_AT,
    applicant: APPLICANT,
    procedureName: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
    items: [
      {
        name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp',
        detail: 'Ghi đầy đủ nơi cư trú từ 14 tuổi trở lên và ký, ghi rõ họ tên',
        form: DocumentForm.Original,
        count: 1,
      },
      { name: 'Giấy tờ chứng minh nơi thường trú', form: DocumentForm.CertifiedCopy, count: 1 },
    ],
    reason: 'Tờ khai chưa ghi đủ quá trình cư trú; hồ sơ chưa có giấy tờ chứng minh nơi thường trú.',
    contact: { name: 'bà Trần Thị Hằng, Quầy số 12', phone: '+84238123456' },
    guideName: 'Trần Thị Hằng',
    ...overrides,
  };
}

export function buildRefusalNoticeInput(overrides: Partial<RefusalNoticeInput> = {}): RefusalNoticeInput {
  return {
    issuer: CENTER_ISSUER,
    documentNumber: '07/TCHS',
    issuedAt: RECEIVED_AT,
    receivingUnit: CENTER_NAME,
    applicant: APPLICANT,
    procedureName: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
    reason:
      'Người yêu cầu cấp Phiếu lý lịch tư pháp không cư trú và chưa từng cư trú tại tỉnh Nghệ An; ' +
      'theo Điều 45 Luật Lý lịch tư pháp, hồ sơ nộp tại Sở Tư pháp nơi thường trú.',
    receiverName: 'Trần Thị Hằng',
    ...overrides,
  };
}

/** A hand-over record of `rows` dossiers from the Center to the post, long enough to break pages. */
export function buildHandoverRecordInput(rows: number): TableDocumentInput {
  return {
    header: { ...CENTER_ISSUER, documentNumber: '112/BBGN', issuedAt: RECEIVED_AT },
    title: 'Biên bản giao nhận hồ sơ',
    titleLines: [[{ text: 'Qua dịch vụ bưu chính công ích', style: FontStyle.Italic }]],
    fields: [
      { label: 'Bên giao', value: CENTER_NAME, valueStyle: FontStyle.Bold },
      {
        label: 'Bên nhận',
        value: 'Bưu điện tỉnh Nghệ An — Bưu cục Trung tâm Vinh',
        valueStyle: FontStyle.Bold,
      },
      { label: 'Số túi niêm phong', value: 'NP-261128-07' },
    ],
    table: {
      columns: [
        { header: 'TT', weight: 6, align: 'center' },
        { header: 'Mã hồ sơ', weight: 30 },
        { header: 'Chủ hồ sơ', weight: 22 },
        { header: 'Thủ tục', weight: 30 },
        { header: 'Số bộ', weight: 8, align: 'center' },
      ],
      rows: Array.from({ length: rows }, (_, index) => [
        String(index + 1),
        `000.00.20.H41-261128-${String(index + 1).padStart(4, '0')}`,
        index % 2 === 0 ? 'Nguyễn Văn Ánh' : 'Lê Thị Thu Hường',
        index % 3 === 0 ? 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam' : 'Đăng ký khai sinh',
        '01',
      ]),
    },
    closing: [[{ text: 'Biên bản lập thành 02 bản, mỗi bên giữ 01 bản./.' }]],
    signatures: [
      { title: 'Đại diện bên giao', signerName: 'Trần Thị Hằng' },
      { title: 'Đại diện bên nhận', signerName: 'Phạm Quốc Việt' },
    ],
  };
}

/** A fee receipt laid out for an 80 mm thermal roll. */
export function buildRollReceiptInput(): TableDocumentInput {
  return {
    format: PageFormat.Roll80,
    title: 'Biên lai thu phí, lệ phí',
    titleLines: [[{ text: 'Ký hiệu mẫu: 01BLP0-001  Ký hiệu: AA-26E' }], labelled('Số', '0000125')],
    fields: [
      { label: 'Đơn vị thu', value: 'Sở Tư pháp tỉnh Nghệ An' },
      { label: 'Mã số thuế', value: '2900325283' },
      { label: 'Người nộp', value: 'Nguyễn Văn Ánh', valueStyle: FontStyle.Bold },
      { label: 'Mã hồ sơ', value: '000.00.20.H41-261128-0361' },
      { label: 'Hình thức', value: 'Tiền mặt' },
    ],
    table: {
      columns: [
        { header: 'Nội dung', weight: 62 },
        { header: 'Số tiền (đồng)', weight: 38, align: 'right' },
      ],
      rows: [['Phí cấp Phiếu lý lịch tư pháp', '200.000'], { cells: ['Cộng', '200.000'], isBold: true }],
    },
    closing: [labelled('Bằng chữ', 'Hai trăm nghìn đồng', FontStyle.Italic)],
    signatures: [{ title: 'Người thu tiền', signerName: 'Trần Thị Hằng' }],
    createdAt: RECEIVED_AT,
  };
}
