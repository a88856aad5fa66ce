import type { ServiceName } from '@motcua/contracts';

/** Each service's HTTP port unless `PORT` says otherwise: its API (gateway) or health and metrics. */
export const SERVICE_PORTS: Record<ServiceName, number> = {
  gateway: 3000,
  intake: 3001,
  routing: 3002,
  fees: 3003,
  courier: 3004,
  notifications: 3005,
};
