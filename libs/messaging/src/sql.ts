/** Quotes an identifier for SQL built from trusted names (service schemas). */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** LISTEN/NOTIFY channel a service's outbox trigger signals. */
export const outboxChannel = (schema: string) => `motcua_outbox_${schema}`;
