import { Font, create as createFont } from 'fontkit';
import { readFileSync } from 'node:fs';

/** Font names registered in every document; Tinos is metric-compatible with Times New Roman. */
export enum FontStyle {
  Regular = 'Tinos-Regular',
  Bold = 'Tinos-Bold',
  Italic = 'Tinos-Italic',
  BoldItalic = 'Tinos-BoldItalic',
}

// Decree 30/2020 asks for Times New Roman; Tinos (SIL OFL 1.1, shipped as TTF in @expo-google-fonts/tinos)
// has the same metrics and full Vietnamese coverage, and needs no system font on CI machines.
const FONT_FILES: Record<FontStyle, string> = {
  [FontStyle.Regular]: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  [FontStyle.Bold]: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  [FontStyle.Italic]: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  [FontStyle.BoldItalic]: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

let cache: ReadonlyMap<FontStyle, Font> | undefined;

/**
 * The parsed fonts, read and parsed once per process. Sharing the fontkit objects between documents matters:
 * each one decodes its GPOS table on first layout, which costs about 20 ms per style and document.
 * An app may call it at boot so that the first document does not pay for the parsing.
 */
export function loadFonts(): ReadonlyMap<FontStyle, Font> {
  cache ??= new Map(
    Object.values(FontStyle).map((style) => {
      const font = createFont(readFileSync(require.resolve(FONT_FILES[style])));
      if (!('layout' in font)) throw new Error(`${FONT_FILES[style]} is a font collection, not a font`);
      return [style, font];
    }),
  );
  return cache;
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  // pdfkit embeds a ready fontkit font as it is (PDFFontFactory.open); its typings only list buffers and paths.
  for (const [style, font] of loadFonts()) doc.registerFont(style, font as unknown as Buffer);
}
