export const ORDERS_QUEUE = 'courier.orders';

export enum OrderJobName {
  PlaceOrder = 'place-order',
}

export type OrderJob = { name: OrderJobName.PlaceOrder; data: { shipmentId: string } };

export type JobData<N extends OrderJobName> = Extract<OrderJob, { name: N }>['data'];

/** One job per shipment: adding it again while it waits or retries does nothing. */
export const placeOrderJobId = (shipmentId: string) => `place-order-${shipmentId}`;

/** How often shipments awaiting their order are handed to the queue (a job lost with Redis comes back). */
export const ORDER_DISPATCH_MS = 2_000;

/** Attempts of one job, its waits doubling from the configured backoff; then the next dispatch starts over. */
export const ORDER_ATTEMPTS = 10;

/** A provider answering slower than this is tried again later. */
export const ORDER_REQUEST_TIMEOUT_MS = 10_000;

/** Shipments handed over per dispatch, oldest first. */
export const ORDER_DISPATCH_BATCH = 500;
