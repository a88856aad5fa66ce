import {
  DOSSIER_ASSIGNED_V1,
  DOSSIER_DUE_SOON_V1,
  DOSSIER_EXTENDED_V1,
  DOSSIER_OVERDUE_V1,
  DOSSIER_RECEIVED_V1,
  DOSSIER_RESOLVED_V1,
  DOSSIER_STOPPED_V1,
  DOSSIER_SUPPLEMENT_REQUESTED_V1,
  FEE_ASSESSED_V1,
  MessageAudience,
  MessageChannel,
  SHIPMENT_FAILED_V1,
  DOSSIER_DONE_UNCONFIRMED_V1,
  DUE_DIGEST_COMPILED_V1,
  SHIPMENT_HELD_V1,
  SHIPMENT_ORDER_STALLED_V1,
  SHIPMENT_PICKED_UP_V1,
  SHIPMENT_RELEASED_V1,
} from '@motcua/contracts';

/** The wording a template starts with (its version 1). */
export interface TemplateWording {
  readonly subject?: string;
  readonly body: string;
  readonly smsUnaccented?: boolean;
}

export function templateKey(eventType: string, channel: MessageChannel, audience: MessageAudience): string {
  return `${eventType}|${channel}|${audience}`;
}

const CENTER = 'Trung tâm Phục vụ hành chính công';
const SIGNATURE = `\n\n${CENTER} tỉnh Nghệ An`;

const citizen = (event: string, sms: string, subject: string, email: string) => [
  [templateKey(event, MessageChannel.Sms, MessageAudience.Citizen), { body: sms }],
  [templateKey(event, MessageChannel.Email, MessageAudience.Citizen), { subject, body: email + SIGNATURE }],
];

const inbox = (event: string, audience: MessageAudience, subject: string, body: string) => [
  [templateKey(event, MessageChannel.Inbox, audience), { subject, body }],
];

/** Built-in wording per event × channel × audience; administrators save new versions over it. */
export const DEFAULT_TEMPLATES: ReadonlyMap<string, TemplateWording> = new Map([
  ...citizen(
    DOSSIER_RECEIVED_V1,
    `${CENTER} đã tiếp nhận hồ sơ {{code}} ngày {{receivedDate}}.{{#if dueDate}} Hẹn trả: {{dueDate}}.{{/if}} Tra cứu: {{lookupUrl}}`,
    'Đã tiếp nhận hồ sơ {{code}}',
    'Kính gửi ông/bà {{applicantName}},\n\n' +
      `${CENTER} đã tiếp nhận hồ sơ {{code}} (thủ tục: {{procedureName}}) ngày {{receivedDate}}.` +
      '{{#if dueDate}}\nNgày hẹn trả kết quả: {{dueDate}}.{{/if}}\nTra cứu tình trạng hồ sơ: {{lookupUrl}}',
  ),
  ...citizen(
    DOSSIER_SUPPLEMENT_REQUESTED_V1,
    'Hồ sơ {{code}} cần bổ sung: {{documents}}. Vui lòng nộp trước {{closesDate}}. Chi tiết: {{lookupUrl}}',
    'Yêu cầu bổ sung hồ sơ {{code}}',
    'Hồ sơ {{code}} cần bổ sung, hoàn thiện.\nLý do: {{reason}}\nGiấy tờ cần bổ sung: {{documents}}\n' +
      'Vui lòng nộp bổ sung trước ngày {{closesDate}}; quá hạn hồ sơ sẽ bị dừng giải quyết.\n' +
      'Tra cứu: {{lookupUrl}}',
  ),
  ...citizen(
    DOSSIER_EXTENDED_V1,
    'Xin lỗi ông/bà: hồ sơ {{code}} chưa giải quyết kịp hẹn {{previousDueDate}}. Hẹn lại: {{newDueDate}}. Tra cứu: {{lookupUrl}}',
    'Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ {{code}}',
    'Chúng tôi thành thật xin lỗi ông/bà vì hồ sơ {{code}} chưa được giải quyết đúng hẹn ({{previousDueDate}}).\n' +
      'Lý do: {{reason}}\nNgày hẹn trả kết quả mới: {{newDueDate}}.\nTra cứu: {{lookupUrl}}',
  ),
  ...citizen(
    DOSSIER_RESOLVED_V1,
    'Hồ sơ {{code}} đã có kết quả{{#if resultReference}} ({{resultReference}}){{/if}}. Mời ông/bà nhận kết quả theo hẹn. Tra cứu: {{lookupUrl}}',
    'Hồ sơ {{code}} đã có kết quả',
    'Hồ sơ {{code}} đã được giải quyết{{#if isApproved}}{{else}} (trả lời không chấp thuận){{/if}}.' +
      '{{#if resultReference}}\nSố kết quả: {{resultReference}}.{{/if}}\nMời ông/bà nhận kết quả theo hẹn.\n' +
      'Tra cứu: {{lookupUrl}}',
  ),
  ...citizen(
    DOSSIER_STOPPED_V1,
    'Hồ sơ {{code}} đã dừng giải quyết{{#if supplementExpired}} do quá hạn bổ sung{{/if}}. Lý do: {{reason}}. Tra cứu: {{lookupUrl}}',
    'Thông báo dừng giải quyết hồ sơ {{code}}',
    'Hồ sơ {{code}} đã dừng giải quyết.\nLý do: {{reason}}\nTra cứu: {{lookupUrl}}',
  ),
  ...citizen(
    FEE_ASSESSED_V1,
    'Hồ sơ {{code}} cần nộp phí, lệ phí {{totalAmount}} trước khi giải quyết. Tra cứu: {{lookupUrl}}',
    'Thông báo nộp phí, lệ phí hồ sơ {{code}}',
    'Hồ sơ {{code}} cần nộp phí, lệ phí {{totalAmount}}; hồ sơ được giải quyết sau khi nộp đủ.\n' +
      'Ông/bà có thể nộp tại quầy thu phí của Trung tâm hoặc trực tuyến.\nTra cứu: {{lookupUrl}}',
  ),
  ...citizen(
    SHIPMENT_PICKED_UP_V1,
    'Kết quả hồ sơ {{code}} đã được gửi qua bưu điện, mã vận đơn {{trackingNumber}}. Tra cứu: {{lookupUrl}}',
    'Kết quả hồ sơ {{code}} đang được chuyển phát',
    'Kết quả hồ sơ {{code}} đã được giao cho bưu điện để chuyển đến địa chỉ của ông/bà.\n' +
      'Mã vận đơn: {{trackingNumber}}.\nTra cứu: {{lookupUrl}}',
  ),
  ...inbox(
    DUE_DIGEST_COMPILED_V1,
    MessageAudience.Officer,
    'Ngày {{day}}: {{count}} hồ sơ của anh/chị sắp đến hạn',
    'Hồ sơ chưa xử lý xong, đến hạn trong 3 ngày làm việc: {{list}}. Hồ sơ đã xong, xin xác nhận ngay.',
  ),
  ...inbox(
    DUE_DIGEST_COMPILED_V1,
    MessageAudience.UnitLead,
    'Ngày {{day}}: {{count}} hồ sơ của đơn vị sắp đến hạn',
    'Hồ sơ của đơn vị chưa xử lý xong, đến hạn trong 3 ngày làm việc: {{list}}.',
  ),
  ...inbox(
    DOSSIER_DONE_UNCONFIRMED_V1,
    MessageAudience.UnitLead,
    'Hồ sơ {{code}} có dấu hiệu đã xử lý xong nhưng chưa xác nhận',
    'Hồ sơ {{code}}: {{signal}}{{#if reference}} ({{reference}}){{/if}}, nhưng chưa được xác nhận xử lý xong.' +
      '{{#if dueDate}} Hạn: {{dueDate}}.{{/if}} Xác nhận ngay để hồ sơ không bị tính quá hạn.',
  ),
  ...inbox(
    SHIPMENT_FAILED_V1,
    MessageAudience.Unit,
    'Sự cố bưu gửi {{trackingNumber}}',
    'Bưu gửi {{trackingNumber}} (hồ sơ {{code}}) {{failure}}.{{#if note}} Ghi chú: {{note}}.{{/if}} Cần liên hệ đầu mối bưu điện để xử lý.',
  ),
  ...inbox(
    SHIPMENT_HELD_V1,
    MessageAudience.Manager,
    'Hồ sơ giấy chờ gửi: {{unitName}} chưa có đầu mối nhận',
    'Bưu gửi hồ sơ {{code}} đến {{unitName}} ({{unitCode}}) đang chờ vì đơn vị chưa đăng ký đầu mối giao nhận với bưu điện. Đề nghị đơn vị đăng ký đầu mối để hồ sơ được gửi đi.',
  ),
  ...inbox(
    SHIPMENT_HELD_V1,
    MessageAudience.UnitLead,
    'Đơn vị chưa có đầu mối nhận hồ sơ giấy',
    'Hồ sơ {{code}} gửi đến đơn vị đang chờ tại Trung tâm vì đơn vị chưa đăng ký đầu mối giao nhận với bưu điện (họ tên, số điện thoại, giờ nhận). Đề nghị đăng ký đầu mối để hồ sơ được gửi đi.',
  ),
  ...inbox(
    SHIPMENT_RELEASED_V1,
    MessageAudience.Manager,
    'Hồ sơ giấy đến {{unitName}} được gửi tiếp',
    '{{unitName}} đã có đầu mối giao nhận: bưu gửi hồ sơ {{code}} đã vào hàng chờ bưu điện lấy.',
  ),
  ...inbox(
    SHIPMENT_ORDER_STALLED_V1,
    MessageAudience.Manager,
    'Bưu điện chưa nhận gửi hồ sơ {{code}}',
    'Bưu gửi hồ sơ {{code}} đến {{destination}} chưa được bưu điện cấp mã vận đơn sau {{attempts}} lần gửi yêu cầu (lỗi {{errorCode}}), nên chưa thể gửi đi. Hệ thống vẫn tiếp tục gửi yêu cầu; đề nghị liên hệ bưu điện.',
  ),
  ...inbox(
    DOSSIER_ASSIGNED_V1,
    MessageAudience.Unit,
    'Hồ sơ mới được giao',
    'Hồ sơ {{code}} được giao cho đơn vị {{unitCode}}, bước "{{stepName}}".',
  ),
  ...inbox(
    DOSSIER_ASSIGNED_V1,
    MessageAudience.Officer,
    'Hồ sơ mới được giao cho anh/chị',
    'Hồ sơ {{code}} được giao cho anh/chị xử lý, bước "{{stepName}}".',
  ),
  ...[MessageAudience.Officer, MessageAudience.UnitLead].flatMap((audience) => [
    ...inbox(
      DOSSIER_DUE_SOON_V1,
      audience,
      'Hồ sơ {{code}} sắp đến hạn',
      'Hồ sơ {{code}} {{remaining}} (hạn {{dueDate}}).',
    ),
    ...inbox(
      DOSSIER_OVERDUE_V1,
      audience,
      'Hồ sơ {{code}} đã quá hạn',
      'Hồ sơ {{code}} đã quá hạn giải quyết ({{dueDate}}). Nếu đã xử lý xong, hãy xác nhận ngay trên hệ thống.',
    ),
  ]),
] as [string, TemplateWording][]);
