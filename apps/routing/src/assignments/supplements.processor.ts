import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Job, Queue } from 'bullmq';
import type { AppConfig } from '../config';
import { SupplementsService } from './supplements.service';
import { SUPPLEMENTS_QUEUE, SupplementJob, SupplementJobName } from './supplements.jobs';

/**
 * Wakes the closing of expired supplement requests every `MOTCUA_SUPPLEMENT_SWEEP_MS`. The schedule is
 * (re)declared at every boot, so a Redis restart loses at most the wake-ups until the next one; the
 * deadlines themselves live in Postgres.
 */
@Processor(SUPPLEMENTS_QUEUE)
export class SupplementsProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(SupplementsProcessor.name);
  private readonly sweepMs: number;

  constructor(
    private readonly supplements: SupplementsService,
    @InjectQueue(SUPPLEMENTS_QUEUE) private readonly queue: Queue,
    config: ConfigService<AppConfig, true>,
  ) {
    super();
    this.sweepMs = config.get('supplementSweepMs', { infer: true });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SupplementJobName.CloseExpired,
      { every: this.sweepMs },
      { name: SupplementJobName.CloseExpired, data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
  }

  async process(job: Job): Promise<void> {
    const { name } = job as unknown as SupplementJob;
    switch (name) {
      case SupplementJobName.CloseExpired: {
        const closed = await this.supplements.closeExpired(new Date());
        if (closed > 0) this.logger.log(`closed ${closed} dossiers left without their supplement`);
        return;
      }
      default: {
        const unknown: never = name;
        this.logger.debug(`unknown job ${String(unknown)}`);
      }
    }
  }
}
