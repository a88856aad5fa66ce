import { create as createFont } from 'fontkit';
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

let cache: ReadonlyMap<FontStyle, Buffer> | undefined;

/**
 * The font files, read once per process. Each document parses its own copy: fontkit glyph objects carry the
 * code points of the last text laid out with them, so a parsed font shared between documents gave later
 * documents wrong ToUnicode maps ("HOÀN" extracted as "H0ÀN"). Parsing costs some milliseconds per style
 * used; styles a document never uses are never parsed.
 */
export function loadFonts(): ReadonlyMap<FontStyle, Buffer> {
  cache ??= new Map(
    Object.values(FontStyle).map((style) => {
      const file = readFileSync(require.resolve(FONT_FILES[style]));
      const font = createFont(file);
      if (!('layout' in font)) throw new Error(`${FONT_FILES[style]} is a font collection, not a font`);
      return [style, file];
    }),
  );
  return cache;
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [style, file] of loadFonts()) doc.registerFont(style, file);
}
