export * from './fixtures/events';
export * from './fixtures/requests';
