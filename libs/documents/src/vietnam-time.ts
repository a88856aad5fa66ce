import { DocumentError, DocumentErrorCode } from './documents.errors';

// Vietnam has kept UTC+7 all year (no daylight saving) since 1975.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

interface VietnamClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function vietnamClock(at: Date): VietnamClock {
  if (Number.isNaN(at.getTime())) throw new DocumentError(DocumentErrorCode.InvalidDate);
  const shifted = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const pad2 = (value: number): string => String(value).padStart(2, '0');

/** `28/11/2026`: the day in Vietnam. */
export function formatVietnamDate(at: Date): string {
  const { year, month, day } = vietnamClock(at);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** `09 giờ 40 phút, ngày 28/11/2026`: how one-stop slips write reception and due times. */
export function formatVietnamDateTime(at: Date): string {
  const { hour, minute } = vietnamClock(at);
  return `${pad2(hour)} giờ ${pad2(minute)} phút, ngày ${formatVietnamDate(at)}`;
}

/**
 * `Nghệ An, ngày 05 tháng 3 năm 2026`: the place and date line under the national motto.
 * Decree 30/2020 (Appendix I) pads days below 10 and the months 1 and 2 with a zero, and no other month.
 */
export function formatPlaceAndDate(place: string, at: Date): string {
  const { year, month, day } = vietnamClock(at);
  const monthText = month <= 2 ? pad2(month) : String(month);
  return `${place}, ngày ${pad2(day)} tháng ${monthText} năm ${year}`;
}
