import type { Message } from './message.entity';

/** The columns a new message is stored with (the rest start null); `newMessageValues` gives them in order. */
export const NEW_MESSAGE_COLUMNS = [
  'id',
  'dossier_id',
  'event_id',
  'event_type',
  'channel',
  'audience',
  'recipient',
  'subject',
  'body',
  'status',
  'is_legal_notice',
  'is_urgent',
  'template_version',
  'attempts',
  'send_after',
  'created_at',
  'status_changed_at',
  'delivered_at',
] as const;

export const newMessageValues = (m: Message): unknown[] => [
  m.id,
  m.dossierId,
  m.eventId,
  m.eventType,
  m.channel,
  m.audience,
  m.recipient,
  m.subject,
  m.body,
  m.status,
  m.isLegalNotice,
  m.isUrgent,
  m.templateVersion,
  m.attempts,
  m.sendAfter,
  m.createdAt,
  m.statusChangedAt,
  m.deliveredAt,
];

/** `($1, $2, …), ($n, …)`: placeholders for `rows` new messages. */
export function newMessagePlaceholders(rows: number): string {
  const width = NEW_MESSAGE_COLUMNS.length;
  return Array.from(
    { length: rows },
    (_, row) => `(${NEW_MESSAGE_COLUMNS.map((_column, index) => `$${row * width + index + 1}`).join(', ')})`,
  ).join(', ');
}
