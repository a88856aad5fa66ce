import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  BeforeApplicationShutdown,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { PlatformConfig } from '@motcua/config';
import { Client } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import type { Envelope } from './envelope';
import { EventPublisher } from './event-publisher';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { outboxGauges, outboxPublished } from './metrics';
import { ident, outboxChannel } from './sql';

const BATCH_SIZE = 200;
const LISTEN_RETRY_MS = 2000;
// Under load, drains start at most this often, so each claims a batch instead of one row per commit; an idle
// relay still publishes at once.
const MIN_DRAIN_GAP_MS = 10;

interface OutboxRow {
  readonly id: string;
  readonly envelope: Envelope;
}

/**
 * Publishes outbox rows after their transaction commits. The outbox trigger's NOTIFY names each new row, and
 * the relay claims the rows it was told about by primary key; a sweep of every unpublished row runs at boot,
 * after the listener (re)connects and on every poll, for the rows nobody announced (a lost listener, a
 * failed batch, a writer still on the version 1 trigger). A batch is claimed with `FOR UPDATE SKIP LOCKED`
 * (so several replicas share the work without publishing a row twice in the normal case), published with
 * confirms, and marked sent in the same transaction: if the process dies in between, the rows stay unsent
 * and are published again — consumers' inboxes absorb the duplicates.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly schema: string;
  private listener: Client | null = null;
  private pollTimer?: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private wokenWhileRunning = false;
  private delayedDrain?: NodeJS.Timeout;
  private lastDrainAt = 0;
  private stopped = false;
  // Rows announced since the last claim; cleared by a sweep, which claims them too.
  private readonly announced = new Set<string>();
  private isSweepDue = true;

  constructor(
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
    private readonly config: ConfigService<PlatformConfig, true>,
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {
    this.schema = options.service;
    outboxGauges.source = () => this.pendingFigures();
  }

  onApplicationBootstrap(): void {
    void this.listen();
    this.pollTimer = setInterval(() => this.sweep(), this.config.get('outbox', { infer: true }).pollMs);
    this.sweep();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pollTimer);
    clearTimeout(this.delayedDrain);
    await this.running;
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  /** Asks for every unpublished row to be claimed, announced or not. */
  private sweep(): void {
    this.isSweepDue = true;
    this.wake();
  }

  // The version 2 trigger sends the row's id; the version 1 trigger sends nothing, which calls for a sweep.
  private announce(id: string): void {
    if (id) this.announced.add(id);
    else this.isSweepDue = true;
    this.wake();
  }

  /** Starts a drain (soon, under load), or asks the running one to go round once more. */
  private wake(): void {
    if (this.stopped || this.delayedDrain) return;
    if (this.running) {
      this.wokenWhileRunning = true;
      return;
    }
    const wait = this.lastDrainAt + MIN_DRAIN_GAP_MS - Date.now();
    if (wait > 0) {
      this.delayedDrain = setTimeout(() => {
        this.delayedDrain = undefined;
        this.wake();
      }, wait);
      return;
    }
    this.lastDrainAt = Date.now();
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.wokenWhileRunning) {
        this.wokenWhileRunning = false;
        this.wake();
      }
    });
  }

  private async drain(): Promise<void> {
    if (this.isSweepDue) {
      this.isSweepDue = false;
      this.announced.clear();
      let published: number;
      do {
        published = await this.publishBatch(null);
      } while (published === BATCH_SIZE && !this.stopped);
      return;
    }
    // Rows announced during a partial batch wait for the next drain, which comes after the gap.
    let claimed = BATCH_SIZE;
    while (claimed === BATCH_SIZE && this.announced.size > 0 && !this.stopped) {
      const ids = [...this.announced].slice(0, BATCH_SIZE);
      for (const id of ids) this.announced.delete(id);
      await this.publishBatch(ids);
      claimed = ids.length;
    }
  }

  /** Claims, publishes and marks sent the given rows, or the oldest unpublished ones when `ids` is null. */
  private async publishBatch(ids: string[] | null): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      await runner.startTransaction();
      const rows = ids ? await this.claimAnnounced(runner, ids) : await this.claimOldest(runner);
      if (rows.length > 0) {
        await this.publisher.publishEnvelopes(rows.map((row) => row.envelope));
        await runner.query(
          `UPDATE ${ident(this.schema)}.outbox SET published_at = clock_timestamp() WHERE id = ANY($1::uuid[])`,
          [rows.map((row) => row.id)],
        );
      }
      await runner.commitTransaction();
      outboxPublished.inc(rows.length);
      return rows.length;
    } catch (error) {
      // The rows stay unpublished; the next sweep claims them.
      this.logger.warn(`outbox batch not published, will retry: ${(error as Error).message}`);
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      return 0;
    } finally {
      await runner.release();
    }
  }

  // By primary key only: a condition on published_at would let the planner add a bitmap scan of the whole
  // unpublished index, the very read this claim avoids. Rows published meanwhile are left out here.
  private async claimAnnounced(runner: QueryRunner, ids: string[]): Promise<OutboxRow[]> {
    const rows: (OutboxRow & { is_pending: boolean })[] = await runner.query(
      `SELECT id, envelope, published_at IS NULL AS is_pending FROM ${ident(this.schema)}.outbox
        WHERE id = ANY($1::uuid[])
        ORDER BY created_at
        FOR UPDATE SKIP LOCKED`,
      [ids],
    );
    return rows.filter((row) => row.is_pending);
  }

  private async claimOldest(runner: QueryRunner): Promise<OutboxRow[]> {
    // A bitmap scan (the planner's usual choice here) never marks the entries of published rows dead, so
    // every sweep would read them all again until vacuum; a plain index scan marks them and skips them after.
    await runner.query('SET LOCAL enable_bitmapscan = off');
    return runner.query(
      `SELECT id, envelope FROM ${ident(this.schema)}.outbox
        WHERE published_at IS NULL
        ORDER BY created_at
        LIMIT $1
        FOR UPDATE SKIP LOCKED`,
      [BATCH_SIZE],
    );
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const options = this.dataSource.options as {
      host: string;
      port: number;
      username: string;
      password: string;
      database: string;
    };
    const client = new Client({
      host: options.host,
      port: options.port,
      user: options.username,
      password: options.password,
      database: options.database,
      application_name: `motcua-${this.schema}-outbox-listener`,
    });
    const retry = () => {
      if (this.listener !== client) return;
      this.listener = null;
      client.end().catch(() => undefined);
      if (!this.stopped) setTimeout(() => void this.listen(), LISTEN_RETRY_MS).unref();
    };
    this.listener = client;
    client.on('notification', (notification) => this.announce(notification.payload ?? ''));
    client.on('error', (error) => {
      this.logger.warn(`outbox listener lost its connection, polling meanwhile: ${error.message}`);
      retry();
    });
    client.on('end', retry);
    try {
      await client.connect();
      await client.query(`LISTEN ${outboxChannel(this.schema)}`);
      // Rows committed while nobody listened were announced to no one.
      this.sweep();
    } catch (error) {
      this.logger.warn(`outbox listener could not connect, polling meanwhile: ${(error as Error).message}`);
      retry();
    }
  }

  private async pendingFigures(): Promise<{ pending: number; lagSeconds: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS pending,
              coalesce(extract(epoch FROM now() - min(created_at)), 0)::float AS lag
         FROM ${ident(this.schema)}.outbox WHERE published_at IS NULL`,
    );
    return { pending: row.pending, lagSeconds: Math.max(0, row.lag) };
  }
}
