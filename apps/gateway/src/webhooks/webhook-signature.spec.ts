import { createHmac } from 'node:crypto';
import { signWebhook } from './webhook-signature';

describe(signWebhook.name, () => {
  it('should sign the timestamp and the body together with the secret', () => {
    const body = '{"type":"routing.dossier.assigned.v1"}';

    const signature = signWebhook('secret-1', 1764288000, body);

    const expected = createHmac('sha256', 'secret-1').update(`1764288000.${body}`).digest('hex');
    expect(signature).toBe(`sha256=${expected}`);
  });

  it('should give another signature when the timestamp changes', () => {
    const body = '{}';

    const [first, later] = [signWebhook('s', 1, body), signWebhook('s', 2, body)];

    expect(first).not.toBe(later);
  });
});
