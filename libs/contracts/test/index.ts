export * from './fixtures/events';
export * from './fixtures/requests';
export * from './fixtures/catalog';
export * from './fixtures/routing';
export * from './fixtures/fees';
export * from './fixtures/courier';
export * from './fixtures/notifications';
export * from './broken-variants';
