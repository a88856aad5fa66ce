export * from './names';
export * from './postgres';
export * from './rabbitmq';
export * from './wait-for';
export * from './system';
export * from './service-database';
export * from './reception';
export * from './sms-provider-simulator';
export { testConfig } from './test-config';
