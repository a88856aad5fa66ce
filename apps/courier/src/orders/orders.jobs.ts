export const ORDERS_QUEUE = 'courier.orders';

export enum OrderJobName {
  PlaceOrder = 'place-order',
  CancelOrder = 'cancel-order',
}

export type OrderJob =
  | { name: OrderJobName.PlaceOrder; data: { shipmentId: string } }
  | { name: OrderJobName.CancelOrder; data: { shipmentId: string } };

export type JobData<N extends OrderJobName> = Extract<OrderJob, { name: N }>['data'];

/** One job per shipment: adding it again while it waits or retries does nothing. */
export const placeOrderJobId = (shipmentId: string) => `place-order-${shipmentId}`;

/** One cancellation per shipment at a time, like its order. */
export const cancelOrderJobId = (shipmentId: string) => `cancel-order-${shipmentId}`;

/** How often shipments awaiting their order (or its cancellation) are handed to the queue. */
export const ORDER_DISPATCH_MS = 2_000;

/** A provider answering slower than this is tried again later. */
export const ORDER_REQUEST_TIMEOUT_MS = 10_000;

/** Shipments handed over per dispatch and kind of job, oldest first. */
export const ORDER_DISPATCH_BATCH = 500;
