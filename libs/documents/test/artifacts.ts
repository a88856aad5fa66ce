import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where sample documents land for people to open: `<repo>/test-artifacts/documents`. */
export const ARTIFACTS_DIR = resolve(__dirname, '../../../test-artifacts/documents');

/** Saves a rendered PDF as `<name>.pdf` and returns its path. */
export function saveArtifact(name: string, pdf: Buffer): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

/** True when poppler's pdftoppm is installed; CI machines may not have it. */
export function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** First page as `<name>.png` beside the PDF (pdftoppm, 110 dpi). */
export function savePagePng(pdfPath: string, dpi = 110): string {
  const prefix = pdfPath.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdfPath, prefix]);
  return `${prefix}.png`;
}

/** An RGBA raster of the first page (pdftoppm's PPM output), for decoding the QR code. */
export function rasterFirstPage(
  pdfPath: string,
  dpi: number,
): { data: Uint8ClampedArray; width: number; height: number } {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdfPath], {
    maxBuffer: 64 * 1024 * 1024,
  });
  // Binary PPM: "P6\n<width> <height>\n<max>\n" then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not return a binary PPM');
  const [whole, width, height] = [header[0], Number(header[1]), Number(header[2])];
  const rgb = ppm.subarray(whole.length);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let pixel = 0; pixel < width * height; pixel++) {
    data[pixel * 4] = rgb[pixel * 3];
    data[pixel * 4 + 1] = rgb[pixel * 3 + 1];
    data[pixel * 4 + 2] = rgb[pixel * 3 + 2];
    data[pixel * 4 + 3] = 255;
  }
  return { data, width, height };
}
