/** Queue of webhook attempts; Postgres (`webhook_deliveries`) says what is due. */
export const WEBHOOKS_QUEUE = 'gateway.webhooks';

export enum WebhookJobName {
  Deliver = 'deliver-webhook',
}

export type WebhookJob = { name: WebhookJobName.Deliver; data: { deliveryId: string } };

/** One job per attempt, so a duplicate enqueue of the same attempt is a no-op. */
export const attemptJobId = (deliveryId: string, attempt: number): string =>
  `deliver:${deliveryId}:${attempt}`;
