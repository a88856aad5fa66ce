import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';
import { DocumentError, DocumentErrorCode } from './documents.errors';

const CONFIG = new ReadingConfig();
CONFIG.unit = ['đồng'];

/**
 * An amount of đồng in Vietnamese words as receipts write it, first letter capitalised:
 * 150000 → "Một trăm năm mươi nghìn đồng" (official texts say "nghìn"; REFERENCE.md addendum §2).
 */
export function amountInWords(amountDong: number): string {
  if (!Number.isSafeInteger(amountDong) || amountDong < 0) {
    throw new DocumentError(DocumentErrorCode.InvalidAmount);
  }
  const words = doReadNumber(String(amountDong), CONFIG);
  return words.charAt(0).toLocaleUpperCase('vi-VN') + words.slice(1);
}

/** `1.250.000 đồng`: an amount in figures, thousands grouped with dots. */
export function formatAmount(amountDong: number): string {
  return `${amountDong.toLocaleString('vi-VN')} đồng`;
}
