import { vietnamDateTime } from '../messages/notification-rules';

/** The event type stored on dead-letter alerts (messages and inbox items); not an integration event. */
export const DEAD_LETTER_ALERT_TYPE = 'notifications.dead-letter.alert';

/** A digest lists this many letters; the command lists them all. */
const MAX_LISTED = 20;
const MAX_DETAIL_CHARS = 500;

/** A dead letter not yet told to the administrators. */
export interface UnalertedLetter {
  readonly service: string;
  readonly messageKey: string;
  readonly eventType: string;
  readonly reason: string;
  readonly detail: string | null;
  readonly deadAt: Date | null;
  readonly receivedAt: Date;
}

const REASONS: Readonly<Record<string, string>> = {
  invalid: 'nội dung không đúng hợp đồng sự kiện',
  malformed: 'không đọc được thông điệp',
  no_handler: 'dịch vụ không xử lý loại sự kiện này',
  permanent: 'dịch vụ từ chối vĩnh viễn',
  delivery_limit: 'xử lý lỗi quá số lần giao cho phép',
  rejected: 'bị dịch vụ từ chối',
  expired: 'hết hạn trong hàng đợi',
};

function reasonText(reason: string): string {
  return REASONS[reason] ? `${reason} (${REASONS[reason]})` : reason;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

// A message without an id has no replay by id: the command for the whole queue is given instead.
const replayCommand = (service: string, key: string) =>
  `npm run dead-letters -- replay ${service}${key.startsWith('sha256:') ? '' : ` ${key}`}`;

/** The title and text administrators get: one letter in full, several as a digest of the service. */
export function deadLetterAlert(
  service: string,
  letters: readonly UnalertedLetter[],
): { title: string; body: string } {
  if (letters.length === 1) {
    const [letter] = letters;
    return {
      title: `Thư chết tại ${service}: ${letter.eventType || 'không rõ loại'}`,
      body: [
        `Dịch vụ ${service} đã bỏ một thông điệp vào hàng thư chết (${service}.events.dead).`,
        `Loại sự kiện: ${letter.eventType || 'không rõ'}`,
        `Mã thông điệp: ${letter.messageKey}`,
        `Lý do: ${reasonText(letter.reason)}`,
        ...(letter.detail ? [`Chi tiết: ${shorten(letter.detail, MAX_DETAIL_CHARS)}`] : []),
        `Thời điểm: ${vietnamDateTime((letter.deadAt ?? letter.receivedAt).toISOString())}`,
        `Sau khi sửa nguyên nhân, phát lại: ${replayCommand(service, letter.messageKey)}`,
      ].join('\n'),
    };
  }
  const listed = letters.slice(0, MAX_LISTED).map((letter) => {
    const detail = letter.detail ? `: ${shorten(letter.detail, 120)}` : '';
    return `- ${letter.eventType || 'không rõ loại'} ${letter.messageKey} — ${letter.reason}${detail}`;
  });
  const rest = letters.length - listed.length;
  return {
    title: `${letters.length} thư chết tại ${service}`,
    body: [
      `Dịch vụ ${service} đã bỏ ${letters.length} thông điệp vào hàng thư chết (${service}.events.dead) từ ${vietnamDateTime(letters[0].receivedAt.toISOString())}.`,
      ...listed,
      ...(rest > 0 ? [`… và ${rest} thông điệp khác.`] : []),
      `Xem tất cả: npm run dead-letters -- list ${service}`,
      `Sau khi sửa nguyên nhân, phát lại một thông điệp: npm run dead-letters -- replay ${service} <mã>, hoặc tất cả: npm run dead-letters -- replay ${service}`,
    ].join('\n'),
  };
}
