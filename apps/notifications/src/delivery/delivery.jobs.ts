export const DELIVERY_QUEUE = 'notifications.delivery';

export enum DeliveryJobName {
  DeliverMessage = 'deliver-message',
}

export type DeliveryJob = { name: DeliveryJobName.DeliverMessage; data: { messageId: string } };

export type JobData<N extends DeliveryJobName> = Extract<DeliveryJob, { name: N }>['data'];

/** One job per message: adding it again while it waits, retries or is kept after completion does nothing. */
export const deliveryJobId = (messageId: string) => `deliver-${messageId}`;
