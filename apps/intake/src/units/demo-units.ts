import { DEMO_UNIT_CODES } from './demo-unit-codes';
import { UnitDefinitionV1 } from '@motcua/contracts';

/*
 * Demo directory of the Nghệ An provincial Public Administration Service Center (Trung tâm Phục vụ hành chính
 * công tỉnh Nghệ An) as the seed article (Dec 2020, /work/shared/domain/seed-vi.txt) describes it.
 *
 * WHAT IS REAL
 * - UBND tỉnh Nghệ An = `000.00.00.H41` (QCVN 102:2016, REFERENCE.md §2.3, confirmed). It is the only real code here.
 * - The Center opened on 02/10/2020 at số 16 Trường Thi, TP Vinh (QĐ 2525/QĐ-UBND 05/7/2019 approving the scheme,
 *   QĐ 2996/QĐ-UBND 05/8/2019 founding it); it received 1.326 TTHC of 18 sở, ban, ngành plus 3 vertical bodies:
 *   Công an tỉnh, Bảo hiểm xã hội tỉnh and Công ty Điện lực Nghệ An (baonghean.vn, nghean24h.vn, vnpost.vn, 10/2020).
 *   The Center is a unit of Văn phòng UBND tỉnh.
 * - The seed article names Sở Kế hoạch và Đầu tư, Sở Tài nguyên và Môi trường (processes unfinished), Sở Văn hóa và
 *   Thể thao, Sở Ngoại vụ, Sở Du lịch (one dossier a day or less) and Công an tỉnh (paper receipts: the sector may
 *   not use the internet for fees → `canIssueEReceipts: false`).
 * - The exact list of the 18 departments was not found; the 18 `department` units below are the provincial
 *   departments of 2020 that publish TTHC (Ban Dân tộc, the 19th candidate, is left out). Công ty Điện lực is a
 *   company, not a state body with a QCVN 102 code, so it is not listed.
 *
 * WHAT IS INVENTED (`isDemoData: true`)
 * - Every level-2 code `000.00.NN.H41` except UBND tỉnh: the real codes of Nghệ An's departments are not known
 *   (REFERENCE.md §2.3, §9; ask Sở KH&CN Nghệ An, which keeps the list). `000.00.20.H41` = Sở Tư pháp because the rest
 *   of the code base already uses it for the demo officer. `000.00.99.H41` is deliberately NOT used (tests use it as
 *   an unknown unit). NN values are unique; gaps are intentional.
 *
 * 2025 REORGANISATION (kinhtedothi.vn "Nghệ An sau sắp xếp còn 14 đơn vị chuyên môn", in force 01/3/2025)
 * Decision: the demo keeps the 2020 directory of the seed article, because the counters and the complaints it
 * describes refer to it. A real deployment must load the current directory, with effective-dated codes:
 * - Sở Kế hoạch và Đầu tư + Sở Tài chính → Sở Tài chính; Sở Tài nguyên và Môi trường + Sở Nông nghiệp và PTNT → Sở
 *   Nông nghiệp và Môi trường; Sở Giao thông vận tải + Sở Xây dựng → Sở Xây dựng; Sở Thông tin và Truyền thông + Sở
 *   Khoa học và Công nghệ → Sở Khoa học và Công nghệ; Sở Du lịch + Sở Văn hóa và Thể thao → Sở Văn hóa, Thể thao và
 *   Du lịch; Sở Lao động - Thương binh và Xã hội + Sở Nội vụ → Sở Nội vụ; Ban Dân tộc → Sở Dân tộc và Tôn giáo.
 *   Sở Ngoại vụ, Sở Tư pháp, Sở Công Thương, Sở Y tế, Sở Giáo dục và Đào tạo are kept.
 * - In 2025 driving-licence (GPLX) work moved from Sở GTVT to Công an, and judicial records (lý lịch tư pháp) moved
 *   from Sở Tư pháp to Công an tỉnh (Bộ Công an catalogue lists the "Lý lịch tư pháp" sector for Công an cấp tỉnh).
 * - Since 01/7/2025 local government has two tiers (province, commune); districts are gone.
 */

const { UBND_TINH } = DEMO_UNIT_CODES;

function department(code: string, name: string, shortName: string): UnitDefinitionV1 {
  return {
    code,
    name,
    shortName,
    kind: 'department',
    parentCode: UBND_TINH,
    canIssueEReceipts: true,
    isDemoData: true,
  };
}

export const DEMO_UNITS: UnitDefinitionV1[] = [
  // Real code (QCVN 102:2016; REFERENCE.md §2.3). Listed first: the others name it as their parent.
  {
    code: UBND_TINH,
    name: 'Ủy ban nhân dân tỉnh Nghệ An',
    shortName: 'UBND tỉnh',
    kind: 'provincial_committee',
    canIssueEReceipts: true,
    isDemoData: false,
  },
  {
    code: DEMO_UNIT_CODES.CENTER,
    name: 'Trung tâm Phục vụ hành chính công tỉnh Nghệ An',
    shortName: 'Trung tâm PVHCC',
    kind: 'center',
    parentCode: UBND_TINH,
    canIssueEReceipts: true,
    isDemoData: true,
  },
  // 2025: merged into Sở Tài chính.
  department(DEMO_UNIT_CODES.SO_KHDT, 'Sở Kế hoạch và Đầu tư tỉnh Nghệ An', 'Sở KH&ĐT'),
  department(DEMO_UNIT_CODES.SO_TAI_CHINH, 'Sở Tài chính tỉnh Nghệ An', 'Sở Tài chính'),
  department(DEMO_UNIT_CODES.SO_XAY_DUNG, 'Sở Xây dựng tỉnh Nghệ An', 'Sở Xây dựng'),
  // 2025: merged into Sở Nông nghiệp và Môi trường.
  department(DEMO_UNIT_CODES.SO_TNMT, 'Sở Tài nguyên và Môi trường tỉnh Nghệ An', 'Sở TN&MT'),
  // 2025: merged into Sở Xây dựng; driving licences went to Công an.
  department(DEMO_UNIT_CODES.SO_GTVT, 'Sở Giao thông vận tải tỉnh Nghệ An', 'Sở GTVT'),
  department(DEMO_UNIT_CODES.SO_CONG_THUONG, 'Sở Công Thương tỉnh Nghệ An', 'Sở Công Thương'),
  // 2025: merged into Sở Nông nghiệp và Môi trường.
  department(DEMO_UNIT_CODES.SO_NNPTNT, 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An', 'Sở NN&PTNT'),
  department(DEMO_UNIT_CODES.SO_Y_TE, 'Sở Y tế tỉnh Nghệ An', 'Sở Y tế'),
  department(DEMO_UNIT_CODES.SO_GDDT, 'Sở Giáo dục và Đào tạo tỉnh Nghệ An', 'Sở GD&ĐT'),
  // 2025: merged into Sở Nội vụ (social protection to Sở Y tế).
  department(DEMO_UNIT_CODES.SO_LDTBXH, 'Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An', 'Sở LĐ-TB&XH'),
  // Demo code fixed by the rest of the code base (demo officer, walking skeleton).
  department(DEMO_UNIT_CODES.SO_TU_PHAP, 'Sở Tư pháp tỉnh Nghệ An', 'Sở Tư pháp'),
  // Low volume per the seed article; 2025: merged into Sở Văn hóa, Thể thao và Du lịch.
  department(DEMO_UNIT_CODES.SO_VHTT, 'Sở Văn hóa và Thể thao tỉnh Nghệ An', 'Sở VH&TT'),
  // Low volume per the seed article; 2025: merged into Sở Văn hóa, Thể thao và Du lịch.
  department(DEMO_UNIT_CODES.SO_DU_LICH, 'Sở Du lịch tỉnh Nghệ An', 'Sở Du lịch'),
  // Low volume per the seed article; kept in 2025.
  department(DEMO_UNIT_CODES.SO_NGOAI_VU, 'Sở Ngoại vụ tỉnh Nghệ An', 'Sở Ngoại vụ'),
  department(DEMO_UNIT_CODES.SO_KHCN, 'Sở Khoa học và Công nghệ tỉnh Nghệ An', 'Sở KH&CN'),
  // 2025: merged into Sở Khoa học và Công nghệ.
  department(DEMO_UNIT_CODES.SO_TTTT, 'Sở Thông tin và Truyền thông tỉnh Nghệ An', 'Sở TT&TT'),
  department(DEMO_UNIT_CODES.SO_NOI_VU, 'Sở Nội vụ tỉnh Nghệ An', 'Sở Nội vụ'),
  department(DEMO_UNIT_CODES.BQL_KKT, 'Ban Quản lý Khu kinh tế Đông Nam Nghệ An', 'BQL KKT Đông Nam'),
  // Vertical body (under Bộ Công an, so no provincial parent); the seed article: its fee collection may not go online, it still writes paper receipts.
  {
    code: DEMO_UNIT_CODES.CONG_AN,
    name: 'Công an tỉnh Nghệ An',
    shortName: 'Công an tỉnh',
    kind: 'police',
    canIssueEReceipts: false,
    isDemoData: true,
  },
  // Vertical body present at the Center since 10/2020 (vnpost.vn). Its real identifier belongs to the social-insurance
  // system, not to the province; the H41 code is a demo placeholder.
  {
    code: DEMO_UNIT_CODES.BHXH,
    name: 'Bảo hiểm xã hội tỉnh Nghệ An',
    shortName: 'BHXH tỉnh',
    kind: 'other',
    canIssueEReceipts: true,
    isDemoData: true,
  },
];
