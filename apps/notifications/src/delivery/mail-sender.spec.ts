import { PermanentDeliveryError, TransientDeliveryError } from './delivery-errors';
import { classifySmtpFailure } from './mail-sender';

describe('classifySmtpFailure', () => {
  it('should fail for good when the server refuses the recipient', () => {
    expect(classifySmtpFailure({ code: 'EENVELOPE', responseCode: 550 })).toEqual(
      new PermanentDeliveryError('recipient_rejected'),
    );
  });

  it('should fail for good when the server refuses the message', () => {
    expect(classifySmtpFailure({ code: 'EMESSAGE', responseCode: 554 })).toEqual(
      new PermanentDeliveryError('smtp_rejected'),
    );
  });

  it('should retry a temporary refusal', () => {
    expect(classifySmtpFailure({ code: 'EENVELOPE', responseCode: 451 })).toEqual(
      new TransientDeliveryError('smtp_deferred'),
    );
  });

  it('should retry when the server cannot be reached', () => {
    expect(classifySmtpFailure({ code: 'ECONNECTION' })).toBeInstanceOf(TransientDeliveryError);
  });
});
