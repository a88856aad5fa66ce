import {
  Channel,
  DocumentForm,
  DocumentRequirement,
  FeeDue,
  FeeItemV1,
  FeeKind,
  OnlineLevel,
  ProcedureDefinitionV1,
  RequiredDocumentV1,
  SupplementRule,
  TimeUnit,
} from '@motcua/contracts';
import { DEMO_UNIT_CODES } from '../units/demo-unit-codes';

/*
 * Demo procedure catalog of the Nghệ An Center (issue 3, item 2). Each entry carries a `//` note with its source.
 *
 * Verification policy
 * - `isDemoData: false` only when the national code, the name, the time limit and the fees were all found in a source
 *   (provincial or national portal page, or a repository that crawled one). The source is named above the entry.
 * - `isDemoData: true` when any of them could not be verified. When the NATIONAL CODE itself was not found, the entry
 *   uses an obviously invented code in the `9.8xxxxx` range (national codes start with 1., 2. or 3.; tests reserve
 *   `9.99000x`), never a guessed real-looking one.
 *
 * Scope and time
 * - Units are the 2020 directory of the seed article (see ../units/demo-units.ts, including the 2025 mergers).
 *   Procedures are provincial-level TTHC received at the Center; where the competent body changed in 2025 the note
 *   says so.
 * - Same-day procedures ("trong ngày; tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo") are written as
 *   `{ amount: 0, unit: working_days, sameDayCutoff: '15:00' }`: 0 working days = by the end of the (effective)
 *   reception day. The calendar must read amount 0 that way, not as "due at the reception instant".
 * - "10 ngày" in a sector law without "làm việc" is calendar days (e.g. Luật Lý lịch tư pháp Art. 48, Luật Du lịch).
 * - Fees: phí and lệ phí are separate items, integer đồng, the standard case only (reductions in the note).
 * - Supplement rule: Decree 118/2025 restart by default. `pause` is set only on the two land procedures, where land
 *   law excludes some periods from the time limit; the exact wording was NOT verified ([U]).
 */

// Unit codes (../units/demo-unit-codes.ts).
const UNIT = DEMO_UNIT_CODES;

const ALL_CHANNELS = [Channel.Direct, Channel.Online, Channel.Postal];
const NO_ONLINE = [Channel.Direct, Channel.Postal];

function mandatory(name: string, form: DocumentForm, count = 1): RequiredDocumentV1 {
  return { name, form, count, requirement: DocumentRequirement.Mandatory };
}

function conditional(name: string, form: DocumentForm, condition: string, count = 1): RequiredDocumentV1 {
  return { name, form, count, requirement: DocumentRequirement.Conditional, condition };
}

function phi(name: string, amountDong: number, due = FeeDue.AtReception): FeeItemV1 {
  return { kind: FeeKind.Phi, name, amountDong, due };
}

function lePhi(name: string, amountDong: number, due = FeeDue.AtReception): FeeItemV1 {
  return { kind: FeeKind.LePhi, name, amountDong, due };
}

const IDENTITY_DOCUMENT = 'Thẻ căn cước/Căn cước công dân hoặc hộ chiếu còn giá trị sử dụng';
const AUTHORISATION = conditional(
  'Văn bản ủy quyền thực hiện thủ tục',
  DocumentForm.CertifiedCopy,
  'Khi người nộp hồ sơ không phải là người yêu cầu hoặc người đại diện theo pháp luật',
);

/** Common shape of the two enterprise-registration procedures (Luật Doanh nghiệp 2020, fees of TT 47/2019/TT-BTC). */
const ENTERPRISE_REGISTRATION = {
  sector: 'Thành lập và hoạt động của doanh nghiệp',
  handlingUnitCodes: [UNIT.SO_KHDT],
  processingTime: { amount: 3, unit: TimeUnit.WorkingDays },
  fees: [
    lePhi('Lệ phí đăng ký doanh nghiệp (miễn khi đăng ký qua mạng điện tử)', 50_000),
    phi('Phí công bố nội dung đăng ký doanh nghiệp', 100_000),
  ],
  channels: ALL_CHANNELS,
  postalReturn: true,
  onlineLevel: OnlineLevel.Full,
  resultForm: 'Giấy chứng nhận đăng ký doanh nghiệp',
  interAgency: false,
  supplementRule: SupplementRule.Restart,
  payBeforeProcessing: true,
  partialPaymentAllowed: false,
};

const ENTERPRISE_LEGAL_BASIS = [
  'Luật Doanh nghiệp số 59/2020/QH14',
  'Nghị định số 01/2021/NĐ-CP về đăng ký doanh nghiệp (thay thế bởi Nghị định số 168/2025/NĐ-CP từ 01/7/2025)',
  'Thông tư số 01/2021/TT-BKHĐT hướng dẫn về đăng ký doanh nghiệp (biểu mẫu)',
  'Thông tư số 47/2019/TT-BTC quy định mức thu phí, lệ phí cung cấp thông tin doanh nghiệp, đăng ký doanh nghiệp',
];

export const DEMO_PROCEDURES: ProcedureDefinitionV1[] = [
  // ─── Sở Tư pháp ────────────────────────────────────────────────────────────────────────────────────────────────
  // VERIFIED. Code and name: dichvucong.vinhphuc.gov.vn/vinhphuc/thutuchanhchinh/chitiet?maThuTuc=28239
  // ("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam -
  // 2.000488.000.00.00.H62"; channels direct, online, postal; forms of TT 06/2024/TT-BTP). Time "10 ngày kể từ ngày
  // nhận được yêu cầu hợp lệ, xác minh không quá 15 ngày" (pvsecurity.vn copy of the procedure; Luật LLTP Art. 48).
  // Fee 200.000 đ, 100.000 đ for students and people with meritorious service, +5.000 đ per sheet from the 3rd
  // (thuvienphapluat.vn quoting TT 244/2016/TT-BTC Art. 4). TT 244/2016 has since been replaced by TT 16/2025/TT-BTC
  // (hcc.nghean.gov.vn news); the new amount was not read. Since 2025 the procedure is performed by Công an tỉnh
  // (Bộ Công an catalogue, "Lĩnh vực Lý lịch tư pháp"); kept at Sở Tư pháp to match the 2020 directory.
  {
    code: '2.000488',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    sector: 'Lý lịch tư pháp',
    handlingUnitCodes: [UNIT.SO_TU_PHAP],
    legalBasis: [
      'Luật Lý lịch tư pháp số 28/2009/QH12',
      'Nghị định số 111/2010/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Lý lịch tư pháp',
      'Thông tư số 06/2024/TT-BTP sửa đổi, bổ sung các Thông tư về biểu mẫu và mẫu sổ lý lịch tư pháp',
      'Thông tư số 244/2016/TT-BTC quy định mức thu phí cung cấp thông tin lý lịch tư pháp',
    ],
    processingTime: { amount: 10, unit: TimeUnit.CalendarDays },
    requiredDocuments: [
      mandatory(
        'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03/2024/LLTP; Mẫu số 04/2024/LLTP khi ủy quyền)',
        DocumentForm.Original,
      ),
      mandatory(
        `Bản sao ${IDENTITY_DOCUMENT} của người được cấp Phiếu (không phải nộp khi nộp trực tuyến trên Cổng DVC quốc gia)`,
        DocumentForm.Copy,
      ),
      conditional(
        'Văn bản ủy quyền yêu cầu cấp Phiếu lý lịch tư pháp số 1',
        DocumentForm.CertifiedCopy,
        'Khi ủy quyền cho người khác, trừ trường hợp người được ủy quyền là cha, mẹ, vợ, chồng, con của người ủy quyền',
      ),
    ],
    fees: [phi('Phí cung cấp thông tin lý lịch tư pháp', 200_000)],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Full,
    resultForm: 'Phiếu lý lịch tư pháp số 1 hoặc số 2',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: true,
    partialPaymentAllowed: false,
    isDemoData: false,
  },
  // VERIFIED. Code and name "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh" (DVCQG URL maThuTuc=2.000635 in
  // a form-filling extension's procedure registry; Hải Phòng review of NQ 23/2026 citing DVCQG "8,000"). Same-day with
  // 15:00 cut-off: REFERENCE.md §1.6 [C]. Phí 8.000 đ/bản sao per TT 281/2016/TT-BTC (several repositories quoting the
  // DVCQG text). Sở Tư pháp keeps registers of civil-status events it registered (e.g. with a foreign element).
  {
    code: '2.000635',
    name: 'Cấp bản sao Trích lục hộ tịch',
    sector: 'Hộ tịch',
    handlingUnitCodes: [UNIT.SO_TU_PHAP],
    legalBasis: [
      'Luật Hộ tịch số 60/2014/QH13',
      'Nghị định số 123/2015/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
      'Thông tư số 04/2020/TT-BTP quy định chi tiết thi hành Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP',
      'Thông tư số 281/2016/TT-BTC quy định mức thu phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch',
    ],
    processingTime: { amount: 0, unit: TimeUnit.WorkingDays, sameDayCutoff: '15:00' },
    requiredDocuments: [
      mandatory('Tờ khai cấp bản sao Trích lục hộ tịch (theo mẫu)', DocumentForm.Original),
      mandatory(IDENTITY_DOCUMENT, DocumentForm.OriginalForComparison),
      conditional(
        'Văn bản ủy quyền',
        DocumentForm.CertifiedCopy,
        'Khi ủy quyền cho người khác yêu cầu cấp bản sao (không cần chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột)',
      ),
    ],
    fees: [phi('Phí cấp bản sao Trích lục hộ tịch (8.000 đồng/bản sao)', 8_000)],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Full,
    resultForm: 'Bản sao Trích lục hộ tịch',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: true,
    partialPaymentAllowed: false,
    isDemoData: false,
  },
  // VERIFIED. Code and name "Thủ tục cấp bản sao từ sổ gốc" (DVCQG URL maThuTuc=2.000908 in the same extension
  // registry); dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=162776: "Trong ngày ...
  // hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ", "Phí: không", direct/online/postal;
  // dichvucong.laocai.gov.vn (Yên Bái): lĩnh vực Chứng thực, cơ quan thực hiện "Cơ quan, tổ chức lập sổ gốc".
  {
    code: '2.000908',
    name: 'Cấp bản sao từ sổ gốc',
    sector: 'Chứng thực',
    handlingUnitCodes: [UNIT.SO_TU_PHAP],
    legalBasis: [
      'Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
      'Thông tư số 01/2020/TT-BTP quy định chi tiết và hướng dẫn thi hành Nghị định số 23/2015/NĐ-CP',
    ],
    processingTime: { amount: 0, unit: TimeUnit.WorkingDays, sameDayCutoff: '15:00' },
    requiredDocuments: [
      mandatory(IDENTITY_DOCUMENT, DocumentForm.OriginalForComparison),
      conditional(
        `Bản sao có chứng thực ${IDENTITY_DOCUMENT} và phong bì dán tem ghi rõ họ tên, địa chỉ người nhận`,
        DocumentForm.CertifiedCopy,
        'Khi gửi yêu cầu qua dịch vụ bưu chính',
      ),
      conditional(
        'Giấy tờ chứng minh quan hệ với người được cấp bản chính',
        DocumentForm.OriginalForComparison,
        'Khi người yêu cầu là người đại diện, cha, mẹ, con, vợ, chồng, anh, chị, em ruột hoặc người thừa kế của người được cấp bản chính',
      ),
    ],
    fees: [],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Full,
    resultForm: 'Bản sao được cấp từ sổ gốc',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: false,
    partialPaymentAllowed: false,
    isDemoData: false,
  },

  // ─── Sở Kế hoạch và Đầu tư (2025: Sở Tài chính) ───────────────────────────────────────────────────────────────
  // VERIFIED. hanhchinhcong.kontum.gov.vn (chi-tiet-tthc/thutuc/90301): "Đăng ký thành lập công ty TNHH một thành
  // viên", Mã thủ tục 2.001583.000.00.00.H34, cấp tỉnh, 03 ngày làm việc, lệ phí 50.000 đ + phí công bố 100.000 đ
  // (TT 47/2019/TT-BTC), paid at submission; dichvucong.gov.vn (ma_thu_tuc=4101, TNHH 2TV): online lệ phí 0 đ.
  // Since 01/7/2025 NĐ 168/2025/NĐ-CP replaces NĐ 01/2021; whether the fees changed was not checked.
  {
    ...ENTERPRISE_REGISTRATION,
    code: '2.001583',
    name: 'Đăng ký thành lập công ty TNHH một thành viên',
    legalBasis: ENTERPRISE_LEGAL_BASIS,
    requiredDocuments: [
      mandatory('Giấy đề nghị đăng ký doanh nghiệp (Phụ lục I-2)', DocumentForm.Original),
      mandatory('Điều lệ công ty', DocumentForm.Original),
      mandatory(
        'Bản sao giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật',
        DocumentForm.Copy,
      ),
      mandatory(
        'Bản sao giấy tờ pháp lý của cá nhân hoặc của tổ chức đối với chủ sở hữu công ty',
        DocumentForm.Copy,
      ),
      conditional(
        'Danh sách người đại diện theo ủy quyền và bản sao giấy tờ pháp lý của từng người',
        DocumentForm.Original,
        'Khi chủ sở hữu công ty là tổ chức',
      ),
      conditional(
        'Bản sao Giấy chứng nhận đăng ký đầu tư',
        DocumentForm.Copy,
        'Khi doanh nghiệp được thành lập bởi nhà đầu tư nước ngoài hoặc tổ chức kinh tế có vốn đầu tư nước ngoài',
      ),
      AUTHORISATION,
    ],
    isDemoData: false,
  },
  // VERIFIED (code from one source). Code 2.001610 = "đăng ký thành lập doanh nghiệp tư nhân" in a repository that
  // crawled 502 procedures from the national portal (three files: widget scope, LLM prompt, schema test). Time and
  // fees as for 2.001583 (same decree and fee circular). Forms: Phụ lục I-1 of TT 01/2021/TT-BKHĐT.
  {
    ...ENTERPRISE_REGISTRATION,
    code: '2.001610',
    name: 'Đăng ký thành lập doanh nghiệp tư nhân',
    legalBasis: ENTERPRISE_LEGAL_BASIS,
    requiredDocuments: [
      mandatory('Giấy đề nghị đăng ký doanh nghiệp (Phụ lục I-1)', DocumentForm.Original),
      mandatory('Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân', DocumentForm.Copy),
      AUTHORISATION,
    ],
    isDemoData: false,
  },
  // NOT VERIFIED (code unknown; 35 days is Nghị định 31/2021/NĐ-CP Art. 33 as remembered, not read). Name as used
  // in provincial catalogues (vietnam.vn news on a province's 2025 inter-agency process lists "Chấp thuận chủ trương
  // đầu tư của UBND cấp tỉnh", 17 days there). Inter-agency: Sở KH&ĐT appraises, UBND tỉnh decides. No fee.
  {
    code: '9.800001',
    name: 'Chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh',
    sector: 'Đầu tư tại Việt Nam',
    handlingUnitCodes: [UNIT.SO_KHDT, UNIT.UBND_TINH],
    legalBasis: [
      'Luật Đầu tư số 61/2020/QH14',
      'Nghị định số 31/2021/NĐ-CP quy định chi tiết và hướng dẫn thi hành Luật Đầu tư',
    ],
    processingTime: { amount: 35, unit: TimeUnit.CalendarDays },
    requiredDocuments: [
      mandatory('Văn bản đề nghị thực hiện dự án đầu tư', DocumentForm.Original),
      mandatory('Tài liệu về tư cách pháp lý của nhà đầu tư', DocumentForm.Copy),
      mandatory('Tài liệu chứng minh năng lực tài chính của nhà đầu tư', DocumentForm.Copy),
      mandatory('Đề xuất dự án đầu tư', DocumentForm.Original),
      conditional(
        'Tài liệu về quyền sử dụng địa điểm thực hiện dự án',
        DocumentForm.Copy,
        'Khi nhà đầu tư không đề nghị Nhà nước giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất',
      ),
      conditional(
        'Giải trình về sử dụng công nghệ',
        DocumentForm.Original,
        'Khi dự án thuộc diện thẩm định, lấy ý kiến về công nghệ theo pháp luật về chuyển giao công nghệ',
      ),
    ],
    fees: [],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Partial,
    resultForm: 'Quyết định chấp thuận chủ trương đầu tư',
    interAgency: true,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: false,
    partialPaymentAllowed: false,
    isDemoData: true,
  },

  // ─── Sở Tài nguyên và Môi trường (2025: Sở Nông nghiệp và Môi trường) ──────────────────────────────────────────
  // NOT VERIFIED (code unknown; time 20 working days and the "pause" reading not checked). Name follows the 2024 land
  // law procedures seen on provincial portals (Bắc Ninh / Ninh Bình entries in a form-filling extension registry).
  // Inter-agency: Sở TN&MT appraises, UBND tỉnh decides. Land use levy is assessed later, not paid at reception.
  {
    code: '9.800002',
    name: 'Giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất đối với tổ chức (thẩm quyền UBND tỉnh)',
    sector: 'Đất đai',
    handlingUnitCodes: [UNIT.SO_TNMT, UNIT.UBND_TINH],
    legalBasis: [
      'Luật Đất đai số 31/2024/QH15',
      'Nghị định số 102/2024/NĐ-CP quy định chi tiết thi hành một số điều của Luật Đất đai',
    ],
    processingTime: { amount: 20, unit: TimeUnit.WorkingDays },
    requiredDocuments: [
      mandatory(
        'Đơn xin giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất (theo mẫu)',
        DocumentForm.Original,
      ),
      mandatory('Văn bản chấp thuận chủ trương đầu tư hoặc quyết định đầu tư dự án', DocumentForm.Copy),
      mandatory('Trích lục bản đồ địa chính hoặc trích đo địa chính thửa đất', DocumentForm.Original),
      conditional(
        'Giấy chứng nhận quyền sử dụng đất đã cấp',
        DocumentForm.Original,
        'Khi xin chuyển mục đích sử dụng đất',
      ),
    ],
    fees: [],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Partial,
    resultForm: 'Quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất của UBND tỉnh',
    interAgency: true,
    supplementRule: SupplementRule.Pause,
    payBeforeProcessing: false,
    partialPaymentAllowed: false,
    isDemoData: true,
  },
  // PARTLY VERIFIED: code and name 1.012753 from a Hải Phòng review of NQ 23/2026/NQ-HĐND (table of DVCQG codes) and a
  // Lai Châu portal entry; time (20 working days) and fees (set by HĐND tỉnh, unknown for Nghệ An) not verified.
  {
    code: '1.012753',
    name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với tổ chức đang sử dụng đất',
    sector: 'Đất đai',
    handlingUnitCodes: [UNIT.SO_TNMT],
    legalBasis: [
      'Luật Đất đai số 31/2024/QH15',
      'Nghị định số 101/2024/NĐ-CP quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận',
    ],
    processingTime: { amount: 20, unit: TimeUnit.WorkingDays },
    requiredDocuments: [
      mandatory('Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 15)', DocumentForm.Original),
      mandatory('Giấy tờ về quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', DocumentForm.Copy),
      conditional(
        'Mảnh trích đo bản đồ địa chính',
        DocumentForm.Original,
        'Khi chưa có bản đồ địa chính thửa đất',
      ),
      conditional(
        'Chứng từ thực hiện nghĩa vụ tài chính',
        DocumentForm.Copy,
        'Khi đã thực hiện nghĩa vụ tài chính',
      ),
    ],
    fees: [
      lePhi(
        'Lệ phí cấp Giấy chứng nhận (mức do HĐND tỉnh quy định; chưa kiểm chứng)',
        100_000,
        FeeDue.AtResult,
      ),
    ],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Partial,
    resultForm: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    interAgency: false,
    supplementRule: SupplementRule.Pause,
    payBeforeProcessing: false,
    partialPaymentAllowed: false,
    isDemoData: true,
  },

  // ─── Sở Xây dựng ───────────────────────────────────────────────────────────────────────────────────────────────
  // NOT VERIFIED (code unknown; 20 days and the 150.000 đ charge set by HĐND tỉnh not checked). Name: sxd.dongthap.gov.vn
  // list "Cấp giấy phép xây dựng mới đối với công trình xây dựng cấp I, II; ...". Document list per NĐ 15/2021/NĐ-CP
  // form (dichvucong.binhphuoc.gov.vn dossier view).
  {
    code: '9.800003',
    name: 'Cấp giấy phép xây dựng mới đối với công trình cấp I, cấp II',
    sector: 'Hoạt động xây dựng',
    handlingUnitCodes: [UNIT.SO_XAY_DUNG],
    legalBasis: [
      'Luật Xây dựng số 50/2014/QH13, sửa đổi bởi Luật số 62/2020/QH14',
      'Nghị định số 15/2021/NĐ-CP quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng',
    ],
    processingTime: { amount: 20, unit: TimeUnit.WorkingDays },
    requiredDocuments: [
      mandatory(
        'Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II Nghị định số 15/2021/NĐ-CP)',
        DocumentForm.Original,
      ),
      mandatory('Bản sao một trong những giấy tờ chứng minh quyền sử dụng đất', DocumentForm.Copy),
      mandatory(
        'Quyết định phê duyệt dự án và văn bản thông báo kết quả thẩm định thiết kế',
        DocumentForm.Copy,
      ),
      mandatory('Bản vẽ mặt bằng, mặt đứng, mặt cắt chính của công trình', DocumentForm.Original, 2),
      conditional(
        'Văn bản thẩm duyệt thiết kế về phòng cháy và chữa cháy',
        DocumentForm.Copy,
        'Khi công trình thuộc diện phải thẩm duyệt thiết kế về phòng cháy và chữa cháy',
      ),
    ],
    fees: [lePhi('Lệ phí cấp giấy phép xây dựng (mức do HĐND tỉnh quy định; chưa kiểm chứng)', 150_000)],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Partial,
    resultForm: 'Giấy phép xây dựng',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: true,
    partialPaymentAllowed: false,
    isDemoData: true,
  },
  // NOT VERIFIED (code, time and fee from memory of NĐ 15/2021 and TT 38/2022/TT-BTC).
  {
    code: '9.800004',
    name: 'Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III',
    sector: 'Hoạt động xây dựng',
    handlingUnitCodes: [UNIT.SO_XAY_DUNG],
    legalBasis: [
      'Luật Xây dựng số 50/2014/QH13, sửa đổi bởi Luật số 62/2020/QH14',
      'Nghị định số 15/2021/NĐ-CP',
    ],
    processingTime: { amount: 20, unit: TimeUnit.CalendarDays },
    requiredDocuments: [
      mandatory('Đơn đề nghị cấp chứng chỉ hành nghề hoạt động xây dựng (theo mẫu)', DocumentForm.Original),
      mandatory('Ảnh màu cỡ 4x6 cm chụp trong vòng 06 tháng', DocumentForm.Original, 2),
      mandatory('Văn bằng do cơ sở đào tạo hợp pháp cấp', DocumentForm.Copy),
      mandatory('Kết quả sát hạch đạt yêu cầu', DocumentForm.Copy),
    ],
    fees: [phi('Phí thẩm định cấp chứng chỉ hành nghề hoạt động xây dựng (chưa kiểm chứng)', 300_000)],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Full,
    resultForm: 'Chứng chỉ hành nghề hoạt động xây dựng',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: true,
    partialPaymentAllowed: false,
    isDemoData: true,
  },

  // ─── Sở Giao thông vận tải (2025: Sở Xây dựng; driving licences: Công an) ────────────────────────────────────
  // PARTLY VERIFIED: name, time "không quá 05 ngày làm việc", lệ phí 135.000 đ/giấy phép, documents, and channels
  // "Trực tiếp, Trực tuyến" only (no postal submission: the photo is taken at the counter) from
  // motcua.daklak.gov.vn/block/phieu-huong-dan/thu-tuc/18458. National code not found → demo code.
  {
    code: '9.800005',
    name: 'Đổi Giấy phép lái xe do ngành Giao thông vận tải cấp',
    sector: 'Đường bộ',
    handlingUnitCodes: [UNIT.SO_GTVT],
    legalBasis: [
      'Thông tư số 12/2017/TT-BGTVT quy định về đào tạo, sát hạch, cấp giấy phép lái xe cơ giới đường bộ',
      'Thông tư số 05/2024/TT-BGTVT (mẫu đơn đề nghị đổi, cấp lại giấy phép lái xe, Phụ lục 19)',
    ],
    processingTime: { amount: 5, unit: TimeUnit.WorkingDays },
    requiredDocuments: [
      mandatory('Đơn đề nghị đổi giấy phép lái xe (theo mẫu)', DocumentForm.Original),
      mandatory(`Bản sao giấy phép lái xe và ${IDENTITY_DOCUMENT}`, DocumentForm.Copy),
      conditional(
        'Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp',
        DocumentForm.Original,
        'Trừ người có giấy phép lái xe hạng A1, A2, A3 và người đề nghị tách giấy phép có thời hạn và không thời hạn',
      ),
    ],
    fees: [lePhi('Lệ phí cấp giấy phép lái xe', 135_000)],
    channels: [Channel.Direct, Channel.Online],
    postalReturn: true,
    onlineLevel: OnlineLevel.Full,
    resultForm: 'Giấy phép lái xe',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: true,
    partialPaymentAllowed: false,
    isDemoData: true,
  },
  // NOT VERIFIED (code, time, fee). Name as in the Ministry portal entry "Cấp, cấp lại Giấy phép liên vận giữa Việt Nam
  // và Lào" (form-filling extension registry, dvc.moc.gov.vn). Nghệ An borders Laos (cửa khẩu Nậm Cắn, Thanh Thủy).
  {
    code: '9.800006',
    name: 'Cấp, cấp lại Giấy phép liên vận giữa Việt Nam và Lào',
    sector: 'Đường bộ',
    handlingUnitCodes: [UNIT.SO_GTVT],
    legalBasis: [
      'Nghị định số 119/2021/NĐ-CP quy định về trình tự, thủ tục cấp, cấp lại, thu hồi giấy phép vận tải đường bộ qua biên giới',
    ],
    processingTime: { amount: 2, unit: TimeUnit.WorkingDays },
    requiredDocuments: [
      mandatory(
        'Giấy đề nghị cấp, cấp lại Giấy phép liên vận Việt Nam - Lào (theo mẫu)',
        DocumentForm.Original,
      ),
      mandatory('Giấy chứng nhận đăng ký xe ô tô', DocumentForm.Copy),
      conditional(
        'Hợp đồng thuê phương tiện',
        DocumentForm.Copy,
        'Khi phương tiện không thuộc sở hữu của người đề nghị',
      ),
    ],
    fees: [],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Full,
    resultForm: 'Giấy phép liên vận Việt - Lào',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: false,
    partialPaymentAllowed: false,
    isDemoData: true,
  },

  // ─── Sở Văn hóa và Thể thao (2025: Sở Văn hóa, Thể thao và Du lịch) ──────────────────────────────────────────
  // NOT VERIFIED (code unknown; 05 working days is NĐ 54/2019 as remembered). Fee per TT 01/2021/TT-BTC as shown on
  // dichvucong.gov.vn (ma_thu_tuc=224022, district-level variant): 2.000.000 đ/phòng in cities and towns of the
  // province, at most 12.000.000 đ per licence; the item below is the per-room rate. Since NĐ 297/2025/NĐ-CP this is
  // part of an inter-agency group with Công an (security certificate), 16 working days (dantri.com.vn 18/11/2025).
  {
    code: '9.800007',
    name: 'Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
    sector: 'Văn hóa',
    handlingUnitCodes: [UNIT.SO_VHTT],
    legalBasis: [
      'Nghị định số 54/2019/NĐ-CP quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường',
      'Thông tư số 01/2021/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép kinh doanh karaoke, vũ trường',
    ],
    processingTime: { amount: 5, unit: TimeUnit.WorkingDays },
    requiredDocuments: [
      mandatory(
        'Đơn đề nghị cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke (Mẫu số 01)',
        DocumentForm.Original,
      ),
      mandatory('Giấy chứng nhận đủ điều kiện về an ninh, trật tự', DocumentForm.Copy),
    ],
    fees: [
      phi(
        'Phí thẩm định cấp giấy phép kinh doanh karaoke (2.000.000 đồng/phòng, tối đa 12.000.000 đồng/giấy phép)',
        2_000_000,
      ),
    ],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Partial,
    resultForm: 'Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: true,
    partialPaymentAllowed: false,
    isDemoData: true,
  },
  // NOT VERIFIED (code, time). Name from dichvucong.gialai.gov.vn list ("Thủ tục đăng ký tổ chức lễ hội cấp tỉnh",
  // Văn hóa cơ sở). No fee.
  {
    code: '9.800008',
    name: 'Thủ tục đăng ký tổ chức lễ hội cấp tỉnh',
    sector: 'Văn hóa',
    handlingUnitCodes: [UNIT.SO_VHTT],
    legalBasis: ['Nghị định số 110/2018/NĐ-CP quy định về quản lý và tổ chức lễ hội'],
    processingTime: { amount: 15, unit: TimeUnit.WorkingDays },
    requiredDocuments: [
      mandatory('Văn bản đăng ký tổ chức lễ hội', DocumentForm.Original),
      mandatory('Kế hoạch tổ chức lễ hội, chương trình, kịch bản', DocumentForm.Original),
    ],
    fees: [],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Partial,
    resultForm: 'Văn bản chấp thuận tổ chức lễ hội',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: false,
    partialPaymentAllowed: false,
    isDemoData: true,
  },

  // ─── Sở Du lịch (2025: Sở Văn hóa, Thể thao và Du lịch) ───────────────────────────────────────────────────────
  // VERIFIED. dichvucong.quangtri.gov.vn (chi-tiet-thu-tuc?ma-thu-tuc=23540): "Thủ tục cấp thẻ hướng dẫn viên du lịch
  // nội địa - Ký hiệu thủ tục: 1.004623.000.00.00.H50", lĩnh vực Lữ hành, "15 ngày kể từ ngày nhận được hồ sơ hợp lệ"
  // (calendar days), direct / postal / online, phí 650.000 đ/thẻ (TT 33/2018/TT-BTC; also marketingdulich.net quoting
  // Art. 4), legal bases Luật 09/2017/QH14, TT 06/2017/TT-BVHTTDL. Documents after dichvucong.gov.vn ma_thu_tuc=192145.
  {
    code: '1.004623',
    name: 'Cấp thẻ hướng dẫn viên du lịch nội địa',
    sector: 'Lữ hành',
    handlingUnitCodes: [UNIT.SO_DU_LICH],
    legalBasis: [
      'Luật Du lịch số 09/2017/QH14',
      'Thông tư số 06/2017/TT-BVHTTDL quy định chi tiết một số điều của Luật Du lịch (sửa đổi bởi Thông tư số 13/2019/TT-BVHTTDL)',
      'Thông tư số 33/2018/TT-BTC quy định mức thu phí thẩm định cấp giấy phép kinh doanh dịch vụ lữ hành, thẻ hướng dẫn viên du lịch',
    ],
    processingTime: { amount: 15, unit: TimeUnit.CalendarDays },
    requiredDocuments: [
      mandatory('Đơn đề nghị cấp thẻ hướng dẫn viên du lịch (theo mẫu)', DocumentForm.Original),
      mandatory('Sơ yếu lý lịch có xác nhận của Ủy ban nhân dân cấp xã nơi cư trú', DocumentForm.Original),
      mandatory(
        'Bản sao có chứng thực văn bằng tốt nghiệp chuyên ngành hướng dẫn du lịch hoặc chứng chỉ nghiệp vụ hướng dẫn du lịch nội địa',
        DocumentForm.CertifiedCopy,
      ),
      mandatory(
        'Giấy chứng nhận sức khỏe do cơ sở khám bệnh, chữa bệnh cấp trong thời hạn không quá 06 tháng',
        DocumentForm.Original,
      ),
      mandatory('Ảnh chân dung màu cỡ 3 cm x 4 cm', DocumentForm.Original, 2),
    ],
    fees: [phi('Phí thẩm định cấp thẻ hướng dẫn viên du lịch', 650_000)],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Partial,
    resultForm: 'Thẻ hướng dẫn viên du lịch nội địa',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: true,
    partialPaymentAllowed: false,
    isDemoData: false,
  },
  // PARTLY VERIFIED: name, "10 ngày kể từ ngày nhận được hồ sơ hợp lệ" (calendar days), channels from
  // dichvucong.laichau.gov.vn (maThuTuc=23272); phí thẩm định cấp mới 3.000.000 đ (TT 33/2018/TT-BTC as quoted by
  // marketingdulich.net and baophapluat.vn; Lai Châu shows 1.500.000 đ, a temporary reduction). Code not found.
  {
    code: '9.800009',
    name: 'Cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa',
    sector: 'Lữ hành',
    handlingUnitCodes: [UNIT.SO_DU_LICH],
    legalBasis: [
      'Luật Du lịch số 09/2017/QH14',
      'Nghị định số 168/2017/NĐ-CP quy định chi tiết một số điều của Luật Du lịch',
      'Thông tư số 33/2018/TT-BTC',
    ],
    processingTime: { amount: 10, unit: TimeUnit.CalendarDays },
    requiredDocuments: [
      mandatory('Đơn đề nghị cấp Giấy phép kinh doanh dịch vụ lữ hành (theo mẫu)', DocumentForm.Original),
      mandatory('Giấy chứng nhận ký quỹ kinh doanh dịch vụ lữ hành nội địa', DocumentForm.Original),
      mandatory(
        'Bản sao có chứng thực quyết định bổ nhiệm hoặc hợp đồng lao động của người phụ trách kinh doanh dịch vụ lữ hành và văn bằng, chứng chỉ chuyên ngành của người đó',
        DocumentForm.CertifiedCopy,
      ),
    ],
    fees: [phi('Phí thẩm định cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa (cấp mới)', 3_000_000)],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Full,
    resultForm: 'Giấy phép kinh doanh dịch vụ lữ hành nội địa',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: true,
    partialPaymentAllowed: false,
    isDemoData: true,
  },

  // ─── Sở Ngoại vụ ───────────────────────────────────────────────────────────────────────────────────────────────
  // PARTLY VERIFIED: name, channels (direct / online / postal) from dichvucong.binhdinh.gov.vn (maThuTuc=33023);
  // "Không thu phí" and Đề án Mẫu 01 of QĐ 06/2020/QĐ-TTg from songoaivu.quangnam.gov.vn; submission at least 30 days
  // before the event; consulted bodies answer within 15 days (Bình Định). The overall time limit is not fixed there
  // ("tùy theo cơ quan của người có thẩm quyền"); 15 working days is a demo value. Decided by Chủ tịch UBND tỉnh.
  {
    code: '9.800010',
    name: 'Cho phép tổ chức hội nghị, hội thảo quốc tế không thuộc thẩm quyền cho phép của Thủ tướng Chính phủ',
    sector: 'Hội nghị, hội thảo quốc tế',
    handlingUnitCodes: [UNIT.SO_NGOAI_VU, UNIT.UBND_TINH],
    legalBasis: [
      'Quyết định số 06/2020/QĐ-TTg về tổ chức và quản lý hội nghị, hội thảo quốc tế tại Việt Nam',
    ],
    processingTime: { amount: 15, unit: TimeUnit.WorkingDays },
    requiredDocuments: [
      mandatory('Công văn xin phép tổ chức hội nghị, hội thảo quốc tế', DocumentForm.Original),
      mandatory(
        'Đề án tổ chức hội nghị, hội thảo quốc tế (Mẫu 01 Quyết định số 06/2020/QĐ-TTg)',
        DocumentForm.Original,
      ),
      conditional(
        'Văn bản có ý kiến của các cơ quan liên quan',
        DocumentForm.Copy,
        'Khi quy định pháp luật chuyên ngành yêu cầu',
      ),
    ],
    fees: [],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Partial,
    resultForm: 'Văn bản cho phép tổ chức hội nghị, hội thảo quốc tế của Chủ tịch UBND tỉnh',
    interAgency: true,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: false,
    partialPaymentAllowed: false,
    isDemoData: true,
  },
  // NOT VERIFIED (code, time, documents). The procedure exists at provincial level: Chủ tịch UBND tỉnh decides on
  // proposals prepared by Sở Ngoại vụ (thuvienphapluat.vn, QĐ 09/2011/QĐ-UBND Quảng Ngãi on APEC business travel cards).
  {
    code: '9.800011',
    name: 'Cho phép doanh nhân sử dụng thẻ đi lại của doanh nhân APEC (ABTC)',
    sector: 'Hội nghị, hội thảo quốc tế',
    handlingUnitCodes: [UNIT.SO_NGOAI_VU, UNIT.UBND_TINH],
    legalBasis: [
      'Quyết định của Thủ tướng Chính phủ về việc cấp và quản lý thẻ đi lại của doanh nhân APEC (văn bản hiện hành chưa kiểm chứng)',
    ],
    processingTime: { amount: 10, unit: TimeUnit.WorkingDays },
    requiredDocuments: [
      mandatory('Văn bản đề nghị của doanh nghiệp', DocumentForm.Original),
      mandatory(
        'Giấy tờ chứng minh hoạt động hợp tác kinh doanh với các nền kinh tế thành viên APEC',
        DocumentForm.Copy,
      ),
      mandatory('Bản sao hộ chiếu của doanh nhân', DocumentForm.Copy),
    ],
    fees: [],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Partial,
    resultForm: 'Văn bản cho phép sử dụng thẻ ABTC của Chủ tịch UBND tỉnh',
    interAgency: true,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: false,
    partialPaymentAllowed: false,
    isDemoData: true,
  },

  // ─── Sở Công Thương ────────────────────────────────────────────────────────────────────────────────────────────
  // NOT VERIFIED (code, time, fee from memory of NĐ 83/2014/NĐ-CP and TT 168/2016/TT-BTC).
  {
    code: '9.800012',
    name: 'Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu',
    sector: 'Kinh doanh khí, xăng dầu',
    handlingUnitCodes: [UNIT.SO_CONG_THUONG],
    legalBasis: [
      'Nghị định số 83/2014/NĐ-CP về kinh doanh xăng dầu (sửa đổi bởi Nghị định số 95/2021/NĐ-CP)',
    ],
    processingTime: { amount: 15, unit: TimeUnit.WorkingDays },
    requiredDocuments: [
      mandatory(
        'Đơn đề nghị cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu (theo mẫu)',
        DocumentForm.Original,
      ),
      mandatory('Tài liệu chứng minh cửa hàng thuộc sở hữu hoặc đồng sở hữu hoặc thuê', DocumentForm.Copy),
      mandatory('Văn bản nghiệm thu về phòng cháy và chữa cháy', DocumentForm.Copy),
    ],
    fees: [phi('Phí thẩm định điều kiện kinh doanh xăng dầu (chưa kiểm chứng)', 1_200_000)],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Partial,
    resultForm: 'Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: true,
    partialPaymentAllowed: false,
    isDemoData: true,
  },

  // ─── Sở Nông nghiệp và Phát triển nông thôn (2025: Sở Nông nghiệp và Môi trường) ─────────────────────────────
  // NOT VERIFIED (code, time, fee). Name and documents (Phụ lục I đơn, Phụ lục II thuyết minh) from the Ministry
  // portal entry in a form-filling extension registry (dichvucongnnmt.mae.gov.vn).
  {
    code: '9.800013',
    name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm nông, lâm, thủy sản',
    sector: 'Quản lý chất lượng nông lâm sản và thủy sản',
    handlingUnitCodes: [UNIT.SO_NNPTNT],
    legalBasis: ['Luật An toàn thực phẩm số 55/2010/QH12', 'Thông tư số 38/2018/TT-BNNPTNT'],
    processingTime: { amount: 15, unit: TimeUnit.WorkingDays },
    requiredDocuments: [
      mandatory(
        'Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (Phụ lục I)',
        DocumentForm.Original,
      ),
      mandatory(
        'Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện an toàn thực phẩm (Phụ lục II)',
        DocumentForm.Original,
      ),
    ],
    fees: [
      phi('Phí thẩm định cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm (chưa kiểm chứng)', 700_000),
    ],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Full,
    resultForm: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: true,
    partialPaymentAllowed: false,
    isDemoData: true,
  },
  // NOT VERIFIED (code, time). Name and form (Mẫu số 12.TC) from the same registry. Nghệ An is a coastal province.
  {
    code: '9.800014',
    name: 'Cấp văn bản chấp thuận đóng mới, cải hoán, thuê, mua tàu cá',
    sector: 'Thủy sản',
    handlingUnitCodes: [UNIT.SO_NNPTNT],
    legalBasis: [
      'Luật Thủy sản số 18/2017/QH14',
      'Nghị định số 26/2019/NĐ-CP quy định chi tiết một số điều của Luật Thủy sản',
    ],
    processingTime: { amount: 5, unit: TimeUnit.WorkingDays },
    requiredDocuments: [
      mandatory(
        'Tờ khai chấp thuận đóng mới, cải hoán, thuê, mua tàu cá (Mẫu số 12.TC)',
        DocumentForm.Original,
      ),
    ],
    fees: [],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Full,
    resultForm: 'Văn bản chấp thuận đóng mới, cải hoán, thuê, mua tàu cá',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: false,
    partialPaymentAllowed: false,
    isDemoData: true,
  },

  // ─── Sở Y tế ───────────────────────────────────────────────────────────────────────────────────────────────────
  // NOT VERIFIED (code, time). Name as on the Ministry of Health portal (registry entry "Cấp Chứng chỉ hành nghề dược
  // ... theo hình thức xét hồ sơ"; documents Mẫu số 02, 03, phiếu LLTP). Phí 500.000 đ as on dichvucong.gov.vn
  // (ma_thu_tuc=6361, the central "thi" variant); the provincial fee was not read.
  {
    code: '9.800015',
    name: 'Cấp Chứng chỉ hành nghề dược theo hình thức xét hồ sơ',
    sector: 'Dược phẩm',
    handlingUnitCodes: [UNIT.SO_Y_TE],
    legalBasis: [
      'Luật Dược số 105/2016/QH13 (sửa đổi bởi Luật số 44/2024/QH15)',
      'Nghị định số 54/2017/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Dược',
    ],
    processingTime: { amount: 20, unit: TimeUnit.CalendarDays },
    requiredDocuments: [
      mandatory(
        'Đơn đề nghị cấp Chứng chỉ hành nghề dược (Mẫu số 02) kèm ảnh chân dung 4x6 cm',
        DocumentForm.Original,
      ),
      mandatory('Bản sao có chứng thực văn bằng chuyên môn', DocumentForm.CertifiedCopy),
      mandatory('Giấy chứng nhận đủ sức khỏe để hành nghề dược', DocumentForm.Original),
      mandatory('Giấy xác nhận thời gian thực hành chuyên môn (Mẫu số 03)', DocumentForm.Original),
      mandatory('Phiếu lý lịch tư pháp', DocumentForm.Original),
    ],
    fees: [phi('Phí thẩm định hồ sơ cấp Chứng chỉ hành nghề dược', 500_000)],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Full,
    resultForm: 'Chứng chỉ hành nghề dược',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: true,
    partialPaymentAllowed: false,
    isDemoData: true,
  },

  // ─── Sở Giáo dục và Đào tạo ────────────────────────────────────────────────────────────────────────────────────
  // NOT VERIFIED (provincial code and fee). The district-level variant is 1.010020 (hethongphapluat.com, Đồng Tháp
  // QĐ 1651/QĐ-UBND): "Ngay trong ngày. Trường hợp tiếp nhận yêu cầu sau 03 (ba) giờ chiều thì giải quyết trong ngày
  // làm việc tiếp theo", fee "theo quy định". Documents: vinhphuc.gov.vn procedure page. Fee left empty: not verified.
  {
    code: '9.800016',
    name: 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
    sector: 'Văn bằng, chứng chỉ',
    handlingUnitCodes: [UNIT.SO_GDDT],
    legalBasis: [
      'Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính',
      'Thông tư số 21/2019/TT-BGDĐT ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, trung học phổ thông, văn bằng giáo dục đại học và chứng chỉ',
    ],
    processingTime: { amount: 0, unit: TimeUnit.WorkingDays, sameDayCutoff: '15:00' },
    requiredDocuments: [
      mandatory('Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc', DocumentForm.Original),
      mandatory(IDENTITY_DOCUMENT, DocumentForm.OriginalForComparison),
      conditional(
        'Giấy ủy quyền hoặc giấy tờ chứng minh quan hệ với người được cấp bản chính văn bằng, chứng chỉ',
        DocumentForm.OriginalForComparison,
        'Khi người yêu cầu không phải là người được cấp bản chính văn bằng, chứng chỉ',
      ),
    ],
    fees: [],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Full,
    resultForm: 'Bản sao văn bằng, chứng chỉ từ sổ gốc',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: false,
    partialPaymentAllowed: false,
    isDemoData: true,
  },

  // ─── Sở Lao động - Thương binh và Xã hội (2025: Sở Nội vụ) ─────────────────────────────────────────────────────
  // PARTLY VERIFIED: code, name, level and time from dongdiep.dev/en/thu-tuc-hanh-chinh/cap-giay-phep-lao-dong-doi-voi-
  // nguoi-lao-dong-nuoc-ngoai-lam-viec-tai-viet-nam ("1.014199", Cấp Tỉnh, lĩnh vực Việc làm, 10 ngày làm việc,
  // submission through DVCQG or the Trung tâm PVHCC, NĐ 219/2025/NĐ-CP). The lệ phí is set by HĐND tỉnh; 600.000 đ is
  // a demo value, not Nghệ An's. This is the 2025 procedure; in 2020 the Sở LĐ-TB&XH applied NĐ 152/2020/NĐ-CP.
  {
    code: '1.014199',
    name: 'Cấp giấy phép lao động đối với người lao động nước ngoài làm việc tại Việt Nam',
    sector: 'Việc làm',
    handlingUnitCodes: [UNIT.SO_LDTBXH],
    legalBasis: [
      'Bộ luật Lao động số 45/2019/QH14',
      'Nghị định số 219/2025/NĐ-CP quy định về người lao động nước ngoài làm việc tại Việt Nam',
    ],
    processingTime: { amount: 10, unit: TimeUnit.WorkingDays },
    requiredDocuments: [
      mandatory(
        'Văn bản đề nghị cấp giấy phép lao động của người sử dụng lao động (theo mẫu)',
        DocumentForm.Original,
      ),
      mandatory('Giấy chứng nhận sức khỏe còn giá trị', DocumentForm.Original),
      mandatory('Bản sao hộ chiếu còn giá trị', DocumentForm.Copy),
      mandatory(
        'Giấy tờ chứng minh trình độ chuyên môn, kinh nghiệm của người lao động nước ngoài',
        DocumentForm.CertifiedCopy,
      ),
      mandatory('Ảnh màu cỡ 4 cm x 6 cm', DocumentForm.Original, 2),
    ],
    fees: [lePhi('Lệ phí cấp giấy phép lao động (mức do HĐND tỉnh quy định; giá trị mẫu)', 600_000)],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Full,
    resultForm: 'Giấy phép lao động',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: true,
    partialPaymentAllowed: false,
    isDemoData: true,
  },

  // ─── Sở Khoa học và Công nghệ ──────────────────────────────────────────────────────────────────────────────────
  // NOT VERIFIED (code, name as remembered, time). No fee.
  {
    code: '9.800017',
    name: 'Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước',
    sector: 'Hoạt động khoa học và công nghệ',
    handlingUnitCodes: [UNIT.SO_KHCN],
    legalBasis: [
      'Luật Khoa học và Công nghệ số 29/2013/QH13',
      'Thông tư số 14/2014/TT-BKHCN quy định việc thu thập, đăng ký, lưu giữ và công bố thông tin về nhiệm vụ khoa học và công nghệ',
    ],
    processingTime: { amount: 10, unit: TimeUnit.WorkingDays },
    requiredDocuments: [
      mandatory(
        'Phiếu đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ (theo mẫu)',
        DocumentForm.Original,
      ),
      mandatory(
        'Báo cáo tổng hợp kết quả thực hiện nhiệm vụ (bản giấy và bản điện tử)',
        DocumentForm.Original,
      ),
    ],
    fees: [],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Partial,
    resultForm: 'Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: false,
    partialPaymentAllowed: false,
    isDemoData: true,
  },

  // ─── Sở Thông tin và Truyền thông (2025: Sở Khoa học và Công nghệ) ─────────────────────────────────────────────
  // NOT VERIFIED (code, time, fee). Not offered online here (demo value) to show a procedure without DVC trực tuyến.
  {
    code: '9.800018',
    name: 'Cấp giấy phép xuất bản bản tin (địa phương)',
    sector: 'Báo chí',
    handlingUnitCodes: [UNIT.SO_TTTT],
    legalBasis: [
      'Luật Báo chí số 103/2016/QH13',
      'Thông tư số 48/2016/TT-BTTTT về cấp giấy phép hoạt động báo chí, giấy phép xuất bản bản tin',
    ],
    processingTime: { amount: 10, unit: TimeUnit.CalendarDays },
    requiredDocuments: [
      mandatory('Tờ khai đề nghị cấp giấy phép xuất bản bản tin (theo mẫu)', DocumentForm.Original),
      mandatory(
        'Bản sao có chứng thực quyết định thành lập hoặc giấy chứng nhận đăng ký của cơ quan, tổ chức',
        DocumentForm.CertifiedCopy,
      ),
      mandatory('Mẫu trình bày tên gọi và hình thức trình bày trang bìa bản tin', DocumentForm.Original),
    ],
    fees: [],
    channels: NO_ONLINE,
    postalReturn: true,
    onlineLevel: OnlineLevel.None,
    resultForm: 'Giấy phép xuất bản bản tin',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: false,
    partialPaymentAllowed: false,
    isDemoData: true,
  },

  // ─── Sở Nội vụ ─────────────────────────────────────────────────────────────────────────────────────────────────
  // NOT VERIFIED (code, time). The founding of associations is governed by NĐ 45/2010/NĐ-CP (replaced in 2024; the
  // successor decree was not read). No fee.
  {
    code: '9.800019',
    name: 'Công nhận ban vận động thành lập hội có phạm vi hoạt động trong tỉnh',
    sector: 'Tổ chức phi chính phủ',
    handlingUnitCodes: [UNIT.SO_NOI_VU],
    legalBasis: [
      'Nghị định số 45/2010/NĐ-CP quy định về tổ chức, hoạt động và quản lý hội (văn bản thay thế chưa kiểm chứng)',
    ],
    processingTime: { amount: 30, unit: TimeUnit.CalendarDays },
    requiredDocuments: [
      mandatory('Đơn đề nghị công nhận ban vận động thành lập hội', DocumentForm.Original),
      mandatory('Danh sách và sơ yếu lý lịch những người dự kiến trong ban vận động', DocumentForm.Original),
    ],
    fees: [],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Partial,
    resultForm: 'Quyết định công nhận ban vận động thành lập hội',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: false,
    partialPaymentAllowed: false,
    isDemoData: true,
  },

  // ─── Sở Tài chính ──────────────────────────────────────────────────────────────────────────────────────────────
  // NOT VERIFIED (code, time). No fee.
  {
    code: '9.800020',
    name: 'Đăng ký mã số đơn vị có quan hệ với ngân sách',
    sector: 'Tin học và thống kê tài chính',
    handlingUnitCodes: [UNIT.SO_TAI_CHINH],
    legalBasis: [
      'Thông tư số 185/2015/TT-BTC hướng dẫn đăng ký, cấp mã, thay đổi thông tin mã số đơn vị có quan hệ với ngân sách',
    ],
    processingTime: { amount: 2, unit: TimeUnit.WorkingDays },
    requiredDocuments: [
      mandatory('Tờ khai đăng ký mã số đơn vị có quan hệ với ngân sách (theo mẫu)', DocumentForm.Original),
      mandatory('Văn bản thành lập đơn vị hoặc quyết định đầu tư dự án', DocumentForm.Copy),
    ],
    fees: [],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Full,
    resultForm: 'Giấy chứng nhận mã số đơn vị có quan hệ với ngân sách',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: false,
    partialPaymentAllowed: false,
    isDemoData: true,
  },

  // ─── Ban Quản lý Khu kinh tế Đông Nam ──────────────────────────────────────────────────────────────────────────
  // NOT VERIFIED (code; 15 days is Luật Đầu tư 2020 Art. 38 as remembered). No fee.
  {
    code: '9.800021',
    name: 'Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư (trong khu kinh tế, khu công nghiệp)',
    sector: 'Đầu tư tại Việt Nam',
    handlingUnitCodes: [UNIT.BQL_KKT],
    legalBasis: ['Luật Đầu tư số 61/2020/QH14', 'Nghị định số 31/2021/NĐ-CP'],
    processingTime: { amount: 15, unit: TimeUnit.CalendarDays },
    requiredDocuments: [
      mandatory('Văn bản đề nghị cấp Giấy chứng nhận đăng ký đầu tư', DocumentForm.Original),
      mandatory('Tài liệu về tư cách pháp lý của nhà đầu tư', DocumentForm.Copy),
      mandatory('Đề xuất dự án đầu tư', DocumentForm.Original),
      mandatory('Tài liệu chứng minh năng lực tài chính của nhà đầu tư', DocumentForm.Copy),
    ],
    fees: [],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Partial,
    resultForm: 'Giấy chứng nhận đăng ký đầu tư',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: false,
    partialPaymentAllowed: false,
    isDemoData: true,
  },

  // ─── Công an tỉnh (paper receipts: `canIssueEReceipts: false`) ─────────────────────────────────────────────────
  // PARTLY VERIFIED: code 1.001456 and "không quá 08 ngày làm việc" from a repository citing the Bộ Công an portal
  // (dichvucong.bocongan.gov.vn ... ma-thu-tuc=29497; one source, name wording not confirmed); lệ phí cấp mới 200.000 đ
  // per TT 25/2021/TT-BTC (thuvienphapluat.vn; 90 % of it from 01/01/2024 to 31/12/2025).
  {
    code: '1.001456',
    name: 'Cấp hộ chiếu phổ thông ở trong nước tại Công an cấp tỉnh',
    sector: 'Quản lý xuất nhập cảnh',
    handlingUnitCodes: [UNIT.CONG_AN],
    legalBasis: [
      'Luật Xuất cảnh, nhập cảnh của công dân Việt Nam số 49/2019/QH14 (sửa đổi bởi Luật số 23/2023/QH15)',
      'Thông tư số 25/2021/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực xuất cảnh, nhập cảnh',
    ],
    processingTime: { amount: 8, unit: TimeUnit.WorkingDays },
    requiredDocuments: [
      mandatory('Tờ khai đề nghị cấp hộ chiếu phổ thông (Mẫu TK01)', DocumentForm.Original),
      mandatory(IDENTITY_DOCUMENT, DocumentForm.OriginalForComparison),
      conditional('Hộ chiếu đã được cấp lần gần nhất', DocumentForm.Original, 'Khi đã được cấp hộ chiếu'),
    ],
    fees: [lePhi('Lệ phí cấp hộ chiếu (cấp mới)', 200_000)],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Full,
    resultForm: 'Hộ chiếu phổ thông',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: true,
    partialPaymentAllowed: false,
    isDemoData: true,
  },
  // NOT VERIFIED (code, time). Name from the Bộ Công an list of procedures ("Cấp thẻ căn cước cho người từ đủ 14 tuổi
  // trở lên", dịch vụ công một phần). Identity-bound: face, fingerprints and iris are captured in person, so the
  // dossier cannot be submitted by post (excluded from postal submission); the card may be returned by post. The
  // first card is free (no lệ phí) as remembered from the fee circular; 7 working days per Luật Căn cước 2023 Art. 26.
  {
    code: '9.800022',
    name: 'Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên',
    sector: 'Cấp, quản lý căn cước',
    handlingUnitCodes: [UNIT.CONG_AN],
    legalBasis: [
      'Luật Căn cước số 26/2023/QH15',
      'Nghị định số 70/2024/NĐ-CP quy định chi tiết một số điều của Luật Căn cước',
    ],
    processingTime: { amount: 7, unit: TimeUnit.WorkingDays },
    requiredDocuments: [
      conditional(
        'Thẻ căn cước công dân hoặc chứng minh nhân dân đang sử dụng',
        DocumentForm.Original,
        'Khi đã được cấp (nộp lại để thu hồi)',
      ),
    ],
    fees: [],
    channels: [Channel.Direct],
    postalReturn: true,
    onlineLevel: OnlineLevel.None,
    resultForm: 'Thẻ căn cước',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: false,
    partialPaymentAllowed: false,
    isDemoData: true,
  },
  // PARTLY VERIFIED: code 2.001478 and "05 ngày làm việc" at Công an cấp tỉnh from the same repository citing
  // dichvucong.bocongan.gov.vn (matt=26115, QĐ 1523/QĐ-BCA-C06). The fee was not verified (300.000 đ is a demo value).
  {
    code: '2.001478',
    name: 'Cấp mới Giấy chứng nhận đủ điều kiện về an ninh, trật tự',
    sector: 'Quản lý ngành, nghề đầu tư kinh doanh có điều kiện về an ninh, trật tự',
    handlingUnitCodes: [UNIT.CONG_AN],
    legalBasis: [
      'Nghị định số 96/2016/NĐ-CP quy định điều kiện về an ninh, trật tự đối với một số ngành, nghề đầu tư kinh doanh có điều kiện',
    ],
    processingTime: { amount: 5, unit: TimeUnit.WorkingDays },
    requiredDocuments: [
      mandatory(
        'Văn bản đề nghị cấp Giấy chứng nhận đủ điều kiện về an ninh, trật tự (theo mẫu)',
        DocumentForm.Original,
      ),
      mandatory('Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh', DocumentForm.Copy),
      mandatory(
        'Bản khai lý lịch kèm Phiếu lý lịch tư pháp của người chịu trách nhiệm về an ninh, trật tự',
        DocumentForm.Original,
      ),
      mandatory('Văn bản nghiệm thu về phòng cháy và chữa cháy', DocumentForm.Copy),
    ],
    fees: [phi('Phí thẩm định điều kiện về an ninh, trật tự (giá trị mẫu)', 300_000)],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Full,
    resultForm: 'Giấy chứng nhận đủ điều kiện về an ninh, trật tự',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: true,
    partialPaymentAllowed: false,
    isDemoData: true,
  },

  // ─── Bảo hiểm xã hội tỉnh ──────────────────────────────────────────────────────────────────────────────────────
  // NOT VERIFIED (code, time, documents). No fee.
  {
    code: '9.800023',
    name: 'Cấp lại, đổi, điều chỉnh thông tin trên sổ bảo hiểm xã hội, thẻ bảo hiểm y tế',
    sector: 'Thu bảo hiểm xã hội, bảo hiểm y tế',
    handlingUnitCodes: [UNIT.BHXH],
    legalBasis: [
      'Luật Bảo hiểm xã hội số 41/2024/QH15',
      'Luật Bảo hiểm y tế số 25/2008/QH12 (sửa đổi, bổ sung)',
    ],
    processingTime: { amount: 5, unit: TimeUnit.WorkingDays },
    requiredDocuments: [
      mandatory(
        'Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế (theo mẫu)',
        DocumentForm.Original,
      ),
      conditional(
        'Sổ bảo hiểm xã hội hoặc thẻ bảo hiểm y tế đã cấp',
        DocumentForm.Original,
        'Khi đổi hoặc điều chỉnh thông tin',
      ),
    ],
    fees: [],
    channels: ALL_CHANNELS,
    postalReturn: true,
    onlineLevel: OnlineLevel.Full,
    resultForm: 'Sổ bảo hiểm xã hội, thẻ bảo hiểm y tế',
    interAgency: false,
    supplementRule: SupplementRule.Restart,
    payBeforeProcessing: false,
    partialPaymentAllowed: false,
    isDemoData: true,
  },
];
