import type { DossierAssignedV1, DossierReceivedV1 } from '@motcua/contracts';

const DATE = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

// Fixed wording until the notifications issue brings versioned, editable templates.
export function receptionSms(event: DossierReceivedV1, publicBaseUrl: string): string {
  const lookup = `${publicBaseUrl}/tra-cuu?ma=${encodeURIComponent(event.code)}`;
  return (
    `Trung tâm Phục vụ hành chính công đã tiếp nhận hồ sơ ${event.code} ` +
    `ngày ${DATE.format(new Date(event.receivedAt))}. Tra cứu: ${lookup}`
  );
}

export function assignmentInboxNote(event: DossierAssignedV1): string {
  return `Hồ sơ ${event.code} được giao cho đơn vị ${event.unitCode}, bước "${event.stepName}".`;
}
