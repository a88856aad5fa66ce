export * from './fixtures/events';
export * from './fixtures/requests';
export * from './fixtures/catalog';
export * from './fixtures/notifications';
export * from './fixtures/fees';
export * from './fixtures/courier';
