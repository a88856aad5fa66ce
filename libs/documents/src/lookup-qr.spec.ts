import jsQR from 'jsqr';
import { DocumentErrorCode } from './documents.errors';
import { QR_QUIET_ZONE_MODULES, buildLookupUrl, createQrMatrix } from './lookup-qr';

const CODE = '000.00.20.H41-261128-0361';

// Paints a module matrix as an RGBA image, `pixelsPerModule` wide, with the quiet zone.
function rasterise(matrix: boolean[][], pixelsPerModule: number): { data: Uint8ClampedArray; side: number } {
  const side = (matrix.length + 2 * QR_QUIET_ZONE_MODULES) * pixelsPerModule;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  matrix.forEach((row, r) =>
    row.forEach((isDark, c) => {
      if (!isDark) return;
      for (let dy = 0; dy < pixelsPerModule; dy++) {
        for (let dx = 0; dx < pixelsPerModule; dx++) {
          const x = (c + QR_QUIET_ZONE_MODULES) * pixelsPerModule + dx;
          const y = (r + QR_QUIET_ZONE_MODULES) * pixelsPerModule + dy;
          data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
        }
      }
    }),
  );
  return { data, side };
}

describe(buildLookupUrl.name, () => {
  it.each([
    ['https://dichvucong.nghean.gov.vn', `https://dichvucong.nghean.gov.vn/tra-cuu?ma=${CODE}`],
    ['https://dichvucong.nghean.gov.vn/', `https://dichvucong.nghean.gov.vn/tra-cuu?ma=${CODE}`],
    ['https://nghean.gov.vn/motcua/', `https://nghean.gov.vn/motcua/tra-cuu?ma=${CODE}`],
    ['http://localhost:3000', `http://localhost:3000/tra-cuu?ma=${CODE}`],
  ])('should append the lookup path and the code when the base is %s', (base, expected) => {
    const url = buildLookupUrl(base, CODE);

    expect(url).toBe(expected);
  });

  it.each([
    'not a url',
    'ftp://nghean.gov.vn',
    'https://nghean.gov.vn/?lang=vi',
    'https://nghean.gov.vn/#top',
  ])('should throw DOCUMENT_INVALID_PUBLIC_BASE_URL when the base is %s', (base) => {
    const act = () => buildLookupUrl(base, CODE);

    expect(act).toThrow(expect.objectContaining({ code: DocumentErrorCode.InvalidPublicBaseUrl }));
  });

  it.each(['', 'H41-0361', `${CODE}&x=1`])(
    'should throw DOCUMENT_INVALID_DOSSIER_CODE when the code is "%s"',
    (code) => {
      const act = () => buildLookupUrl('https://dichvucong.nghean.gov.vn', code);

      expect(act).toThrow(expect.objectContaining({ code: DocumentErrorCode.InvalidDossierCode }));
    },
  );
});

describe(createQrMatrix.name, () => {
  it('should give a symbol that a QR reader decodes back to the lookup URL', () => {
    const url = buildLookupUrl('https://dichvucong.nghean.gov.vn', CODE);

    const matrix = createQrMatrix(url);

    const { data, side } = rasterise(matrix, 4);
    expect(matrix.length).toBeLessThanOrEqual(41);
    expect(jsQR(data, side, side)?.data).toBe(url);
  });
});
