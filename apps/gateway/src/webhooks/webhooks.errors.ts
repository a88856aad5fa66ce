import { AppError, ErrorKind } from '@motcua/contracts';

export enum WebhookErrorCode {
  NotFound = 'WEBHOOK_NOT_FOUND',
}

export class WebhookError extends AppError {
  constructor(code: WebhookErrorCode.NotFound, details?: unknown) {
    super(code, ErrorKind.NotFound, 'Không tìm thấy đăng ký nhận sự kiện (webhook) của đơn vị', details);
  }
}
