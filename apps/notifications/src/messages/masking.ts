import { MessageChannel } from '@motcua/contracts';

/** Shows enough of a recipient to recognise it, not enough to use it: `+8491****678`, `n***@gmail.com`. */
export function maskRecipient(channel: MessageChannel, recipient: string): string {
  if (channel === MessageChannel.Sms) {
    return recipient.length > 7 ? `${recipient.slice(0, 5)}****${recipient.slice(-3)}` : '****';
  }
  if (channel === MessageChannel.Email) {
    const [local, domain] = recipient.split('@');
    return `${local.slice(0, 1)}***@${domain ?? ''}`;
  }
  return recipient;
}
