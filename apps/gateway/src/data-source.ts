import { typeOrmOptions } from '@motcua/persistence';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from './config';
import { GATEWAY_DATABASE } from './database';

// Entry for the TypeORM CLI (`typeorm -d dist/apps/gateway/src/data-source.js migration:show`).
export default new DataSource(typeOrmOptions(loadConfig().db, GATEWAY_DATABASE));
