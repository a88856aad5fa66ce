export * from './bootstrap-database';
export * from './database.readiness';
export * from './persistence.module';
export * from './transient-errors';
export * from './typeorm-options';
