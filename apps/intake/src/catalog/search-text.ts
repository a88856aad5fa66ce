/**
 * Folds Vietnamese text for search: no diacritics, `đ` as `d`, lower case, single spaces — so
 * "ly lich tu phap" finds "Cấp Phiếu lý lịch tư pháp".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
