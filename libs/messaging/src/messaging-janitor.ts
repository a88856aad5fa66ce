import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { ident } from './sql';

const EVERY_MS = 60 * 60 * 1000;

// Published outbox rows are kept a week for investigation; inbox and idempotency keys a month, far longer
// than any redelivery or client retry can come.
const PRUNE = [
  { table: 'outbox', column: 'published_at', keep: '7 days' },
  { table: 'inbox', column: 'received_at', keep: '30 days' },
  { table: 'idempotency_keys', column: 'created_at', keep: '30 days' },
];

/** Prunes old messaging rows hourly. Idempotent, so every replica may run it. */
@Injectable()
export class MessagingJanitor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MessagingJanitor.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.prune(), EVERY_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async prune(): Promise<void> {
    const schema = ident(this.options.service);
    for (const { table, column, keep } of PRUNE) {
      try {
        await this.dataSource.query(
          `DELETE FROM ${schema}.${table} WHERE ${column} < now() - interval '${keep}'`,
        );
      } catch (error) {
        this.logger.warn(`pruning ${table} failed, will retry: ${(error as Error).message}`);
      }
    }
  }
}
