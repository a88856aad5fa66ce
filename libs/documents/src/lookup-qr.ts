import { DOSSIER_CODE_PATTERN } from '@motcua/contracts';
import { create as createQrCode } from 'qrcode';
import { DocumentError, DocumentErrorCode } from './documents.errors';

/** Path of the public lookup page on the gateway; `ma` carries the dossier code. */
export const LOOKUP_PATH = '/tra-cuu';

/**
 * `<publicBaseUrl>/tra-cuu?ma=<dossier code>`: what the slip's QR code opens.
 * The base may carry a path prefix (`https://host/motcua`) but no query or fragment.
 */
export function buildLookupUrl(publicBaseUrl: string, dossierCode: string): string {
  if (!DOSSIER_CODE_PATTERN.test(dossierCode)) {
    throw new DocumentError(DocumentErrorCode.InvalidDossierCode, { dossierCode });
  }
  let base: URL;
  try {
    base = new URL(publicBaseUrl);
  } catch (error) {
    throw new DocumentError(DocumentErrorCode.InvalidPublicBaseUrl, { publicBaseUrl, cause: String(error) });
  }
  if (!['http:', 'https:'].includes(base.protocol) || base.search !== '' || base.hash !== '') {
    throw new DocumentError(DocumentErrorCode.InvalidPublicBaseUrl, { publicBaseUrl });
  }
  const prefix = `${base.origin}${base.pathname}`.replace(/\/+$/, '');
  return `${prefix}${LOOKUP_PATH}?ma=${encodeURIComponent(dossierCode)}`;
}

/** The QR symbol of `payload` as rows of dark (true) and light modules, without the quiet zone. */
export function createQrMatrix(payload: string): boolean[][] {
  // Level M (15 % recovery) keeps a lookup URL at version 4–5: large modules on a 25 mm print.
  const { modules } = createQrCode(payload, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1),
  );
}

/** Modules of white margin a reader needs around the symbol (ISO/IEC 18004). */
export const QR_QUIET_ZONE_MODULES = 4;

/**
 * Draws the symbol as vector squares (sharp at any zoom and on thermal printers), quiet zone included in
 * `sizePt`; `x`, `y` is the top-left corner of the quiet zone.
 */
export function drawQrCode(
  doc: PDFKit.PDFDocument,
  payload: string,
  x: number,
  y: number,
  sizePt: number,
): void {
  const matrix = createQrMatrix(payload);
  const moduleSize = sizePt / (matrix.length + 2 * QR_QUIET_ZONE_MODULES);
  const origin = QR_QUIET_ZONE_MODULES * moduleSize;
  doc.save();
  matrix.forEach((row, r) => {
    // One rectangle per run of dark modules; all go into one path so viewers show no seams.
    let start = -1;
    row.forEach((isDark, c) => {
      if (isDark && start < 0) start = c;
      if (start >= 0 && (!isDark || c === row.length - 1)) {
        const end = isDark ? c + 1 : c;
        doc.rect(
          x + origin + start * moduleSize,
          y + origin + r * moduleSize,
          (end - start) * moduleSize,
          moduleSize,
        );
        start = -1;
      }
    });
  });
  doc.fill('#000000');
  doc.restore();
}
