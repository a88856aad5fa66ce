import { CounterDefinitionV1 } from '@motcua/contracts';
import { DEMO_UNIT_CODES } from '../units/demo-unit-codes';

/*
 * The Center's counters as the seed article (Dec 2020) gives them: "Trung tâm bố trí 37 quầy, trong đó có 34 quầy là
 * nơi tiếp nhận hồ sơ giải quyết TTHC, có 01 quầy tiếp nhận hồ sơ liên thông thuộc thẩm quyền quyết định của UBND tỉnh,
 * Chủ tịch UBND tỉnh; 02 quầy trả kết quả tập trung", plus "quầy tiếp nhận trả kết quả giải quyết TTHC qua đường bưu
 * điện; quầy thu phí, lệ phí tập trung" (numbered 38 and 39 here).
 *
 * Only the totals are real. The mapping of intake counters to departments is a demo allocation from the article's
 * hints: busy departments (business registration, land, driving licences, judicial records, construction, Police)
 * get several counters; the three low-volume departments the article names (Sở Văn hóa và Thể thao, Sở Du lịch,
 * Sở Ngoại vụ: "có ngày chỉ nhận được một hồ sơ") share one counter. Unit codes come from ../units/demo-units.ts.
 */

const UNIT = DEMO_UNIT_CODES;

function intake(number: number, label: string, unitCodes: string[]): CounterDefinitionV1 {
  return { number, name: `Quầy ${number} - ${label}`, kind: 'intake', unitCodes };
}

export const DEMO_COUNTERS: CounterDefinitionV1[] = [
  // 34 intake counters.
  intake(1, 'Sở Kế hoạch và Đầu tư (đăng ký doanh nghiệp)', [UNIT.SO_KHDT]),
  intake(2, 'Sở Kế hoạch và Đầu tư (đăng ký doanh nghiệp)', [UNIT.SO_KHDT]),
  intake(3, 'Sở Kế hoạch và Đầu tư (đăng ký doanh nghiệp)', [UNIT.SO_KHDT]),
  intake(4, 'Sở Kế hoạch và Đầu tư (đăng ký doanh nghiệp)', [UNIT.SO_KHDT]),
  intake(5, 'Sở Giao thông vận tải (giấy phép lái xe)', [UNIT.SO_GTVT]),
  intake(6, 'Sở Giao thông vận tải (giấy phép lái xe)', [UNIT.SO_GTVT]),
  intake(7, 'Sở Giao thông vận tải (giấy phép lái xe)', [UNIT.SO_GTVT]),
  intake(8, 'Sở Tài nguyên và Môi trường (đất đai)', [UNIT.SO_TNMT]),
  intake(9, 'Sở Tài nguyên và Môi trường (đất đai)', [UNIT.SO_TNMT]),
  intake(10, 'Sở Tài nguyên và Môi trường (môi trường, tài nguyên nước, khoáng sản)', [UNIT.SO_TNMT]),
  intake(11, 'Sở Tư pháp (lý lịch tư pháp)', [UNIT.SO_TU_PHAP]),
  intake(12, 'Sở Tư pháp', [UNIT.SO_TU_PHAP]),
  intake(13, 'Sở Xây dựng', [UNIT.SO_XAY_DUNG]),
  intake(14, 'Sở Xây dựng', [UNIT.SO_XAY_DUNG]),
  intake(15, 'Công an tỉnh (xuất nhập cảnh)', [UNIT.CONG_AN]),
  intake(16, 'Công an tỉnh (căn cước, an ninh trật tự)', [UNIT.CONG_AN]),
  intake(17, 'Sở Lao động - Thương binh và Xã hội', [UNIT.SO_LDTBXH]),
  intake(18, 'Sở Lao động - Thương binh và Xã hội', [UNIT.SO_LDTBXH]),
  intake(19, 'Sở Y tế', [UNIT.SO_Y_TE]),
  intake(20, 'Sở Y tế', [UNIT.SO_Y_TE]),
  intake(21, 'Sở Giáo dục và Đào tạo', [UNIT.SO_GDDT]),
  intake(22, 'Sở Công Thương', [UNIT.SO_CONG_THUONG]),
  intake(23, 'Sở Nông nghiệp và Phát triển nông thôn', [UNIT.SO_NNPTNT]),
  intake(24, 'Sở Nông nghiệp và Phát triển nông thôn', [UNIT.SO_NNPTNT]),
  intake(25, 'Sở Tài chính', [UNIT.SO_TAI_CHINH]),
  intake(26, 'Sở Nội vụ', [UNIT.SO_NOI_VU]),
  intake(27, 'Sở Khoa học và Công nghệ', [UNIT.SO_KHCN]),
  intake(28, 'Sở Thông tin và Truyền thông', [UNIT.SO_TTTT]),
  intake(29, 'Ban Quản lý Khu kinh tế Đông Nam', [UNIT.BQL_KKT]),
  // The three low-volume departments of the seed article share one counter.
  intake(30, 'Sở Văn hóa và Thể thao, Sở Du lịch, Sở Ngoại vụ', [
    UNIT.SO_VHTT,
    UNIT.SO_DU_LICH,
    UNIT.SO_NGOAI_VU,
  ]),
  intake(31, 'Bảo hiểm xã hội tỉnh', [UNIT.BHXH]),
  intake(32, 'Sở Giao thông vận tải (vận tải, phương tiện)', [UNIT.SO_GTVT]),
  intake(33, 'Sở Kế hoạch và Đầu tư (đầu tư)', [UNIT.SO_KHDT]),
  intake(34, 'Sở Tài nguyên và Môi trường (đất đai)', [UNIT.SO_TNMT]),
  // Inter-agency dossiers decided by UBND tỉnh or its Chairman.
  {
    number: 35,
    name: 'Quầy 35 - Hồ sơ liên thông thuộc thẩm quyền quyết định của UBND tỉnh, Chủ tịch UBND tỉnh',
    kind: 'inter_agency',
    unitCodes: [UNIT.UBND_TINH],
  },
  // Central result return.
  { number: 36, name: 'Quầy 36 - Trả kết quả tập trung', kind: 'result_return', unitCodes: [] },
  { number: 37, name: 'Quầy 37 - Trả kết quả tập trung', kind: 'result_return', unitCodes: [] },
  // Auxiliary counters outside the 37.
  {
    number: 38,
    name: 'Quầy 38 - Bưu điện: tiếp nhận hồ sơ và trả kết quả qua dịch vụ bưu chính công ích',
    kind: 'postal',
    unitCodes: [],
  },
  { number: 39, name: 'Quầy 39 - Thu phí, lệ phí tập trung', kind: 'fee', unitCodes: [] },
];
