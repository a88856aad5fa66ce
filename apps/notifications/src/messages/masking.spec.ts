import { MessageChannel } from '@motcua/contracts';
import { maskRecipient } from './masking';

describe('maskRecipient', () => {
  it('should keep the first five and last three characters when the recipient is a phone number', () => {
    const masked = maskRecipient(MessageChannel.Sms, '+84912345678');

    expect(masked).toBe('+8491****678');
  });

  it('should hide the whole number when the phone number is seven characters or fewer', () => {
    const masked = maskRecipient(MessageChannel.Sms, '1234567');

    expect(masked).toBe('****');
  });

  it('should keep the first letter and the domain when the recipient is an e-mail address', () => {
    const masked = maskRecipient(MessageChannel.Email, 'nguyenvanan@gmail.com');

    expect(masked).toBe('n***@gmail.com');
  });

  it('should not reveal the local part when the e-mail address has no domain', () => {
    const masked = maskRecipient(MessageChannel.Email, 'nguyenvanan');

    expect(masked).toBe('n***@');
  });

  it('should show the recipient unchanged when it is a unit inbox', () => {
    const masked = maskRecipient(MessageChannel.Inbox, '000.00.21.H41');

    expect(masked).toBe('000.00.21.H41');
  });
});
