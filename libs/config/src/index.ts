import 'reflect-metadata';
export * from './platform-config';
export * from './platform-env';
export * from './validate-env';
export * from './service-ports';
