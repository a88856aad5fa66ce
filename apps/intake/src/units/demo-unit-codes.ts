/**
 * Codes of the demo units (see demo-units.ts for why every code but UBND tỉnh's is invented). The demo units,
 * counters and procedures all name units through this one table.
 */
export const DEMO_UNIT_CODES = {
  UBND_TINH: '000.00.00.H41',
  CENTER: '000.00.01.H41',
  SO_KHDT: '000.00.10.H41',
  SO_TAI_CHINH: '000.00.11.H41',
  SO_XAY_DUNG: '000.00.12.H41',
  SO_TNMT: '000.00.13.H41',
  SO_GTVT: '000.00.14.H41',
  SO_CONG_THUONG: '000.00.15.H41',
  SO_NNPTNT: '000.00.16.H41',
  SO_Y_TE: '000.00.17.H41',
  SO_GDDT: '000.00.18.H41',
  SO_LDTBXH: '000.00.19.H41',
  SO_TU_PHAP: '000.00.20.H41',
  SO_VHTT: '000.00.21.H41',
  SO_DU_LICH: '000.00.22.H41',
  SO_NGOAI_VU: '000.00.23.H41',
  SO_KHCN: '000.00.24.H41',
  SO_TTTT: '000.00.25.H41',
  SO_NOI_VU: '000.00.26.H41',
  BQL_KKT: '000.00.28.H41',
  CONG_AN: '000.00.31.H41',
  BHXH: '000.00.32.H41',
} as const;
