import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MessageChannel } from '@motcua/contracts';
import { Transporter, createTransport } from 'nodemailer';
import type { AppConfig } from '../config';
import { Accepted, Outgoing, PermanentDeliveryError, TransientDeliveryError } from './delivery-errors';
import { DevSink } from './dev-sink';

interface SmtpFailure {
  readonly code?: string;
  readonly responseCode?: number;
}

/** E-mail over SMTP (nodemailer); without a mail server the development sink stores it. */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private readonly transport: Transporter | null;
  private readonly from: string;

  constructor(
    @Inject(ConfigService) config: ConfigService<AppConfig, true>,
    private readonly sink: DevSink,
  ) {
    const delivery = config.get('delivery', { infer: true });
    this.transport = delivery.smtpUrl ? createTransport(delivery.smtpUrl) : null;
    this.from = delivery.mailFrom;
  }

  async send(message: Outgoing): Promise<Accepted> {
    if (!this.transport) return this.sink.store(MessageChannel.Email, message);
    try {
      const info = (await this.transport.sendMail({
        from: this.from,
        to: message.recipient,
        subject: message.subject ?? '',
        text: message.body,
        headers: { 'X-Motcua-Message-Id': message.messageId },
      })) as { messageId?: string };
      return { provider: 'smtp', providerMessageId: info.messageId ?? null, isDelivered: true };
    } catch (error) {
      throw classifySmtpFailure(error as SmtpFailure);
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}

/** 5xx from the server refuses the address or message for good; 4xx and connection trouble are retried. */
export function classifySmtpFailure(error: SmtpFailure): Error {
  const status = error.responseCode ?? 0;
  if (status >= 500) {
    return new PermanentDeliveryError(error.code === 'EENVELOPE' ? 'recipient_rejected' : 'smtp_rejected');
  }
  return new TransientDeliveryError(status >= 400 ? 'smtp_deferred' : 'smtp_unavailable');
}
