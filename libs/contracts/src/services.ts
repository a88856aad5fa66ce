/** Every deployable service. The name is also its Postgres schema, its queue prefix and its log name. */
export const SERVICE_NAMES = ['gateway', 'intake', 'routing', 'fees', 'courier', 'notifications'] as const;

export type ServiceName = (typeof SERVICE_NAMES)[number];

/** Services that own domain state and consume events (the gateway only sends requests). */
export const DOMAIN_SERVICE_NAMES = ['intake', 'routing', 'fees', 'courier', 'notifications'] as const;

export type DomainServiceName = (typeof DOMAIN_SERVICE_NAMES)[number];

export function isServiceName(value: string): value is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(value);
}
