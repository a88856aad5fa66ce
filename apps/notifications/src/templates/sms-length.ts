import type { SmsLengthV1 } from '@motcua/contracts';

// GSM 03.38 basic character set; the extension set costs two characters (escape + character).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '^{}\\[~]|€\f';

const GSM_SINGLE = 160;
const GSM_PART = 153;
const UCS2_SINGLE = 70;
const UCS2_PART = 67;

/**
 * Characters and segments of an SMS. Unaccented text fits GSM 7-bit: 160 characters in one segment, 153 per
 * part once split. Any Vietnamese diacritic forces UCS-2: 70 in one segment, 67 per part (the rest of each
 * part carries the concatenation header).
 */
export function smsLength(text: string): SmsLengthV1 {
  const chars = [...text];
  const isGsm = chars.every((c) => GSM_BASIC.includes(c) || GSM_EXTENSION.includes(c));
  if (isGsm) {
    const characters = chars.reduce((sum, c) => sum + (GSM_EXTENSION.includes(c) ? 2 : 1), 0);
    const segments = characters <= GSM_SINGLE ? 1 : Math.ceil(characters / GSM_PART);
    return { encoding: 'gsm7', characters, segments };
  }
  // UCS-2 counts UTF-16 code units: a character outside the BMP takes two.
  const characters = text.length;
  const segments = characters <= UCS2_SINGLE ? 1 : Math.ceil(characters / UCS2_PART);
  return { encoding: 'ucs2', characters, segments };
}

/** Vietnamese without diacritics (`Hồ sơ đã tiếp nhận` → `Ho so da tiep nhan`), for GSM 7-bit SMS. */
export function unaccented(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}
