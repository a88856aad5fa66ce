export * from './run-service';
export * from './platform.module';
