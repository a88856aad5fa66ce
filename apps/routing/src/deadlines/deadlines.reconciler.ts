import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import type { DeadlinesConfig } from '../config';
import { DeadlineWakeups, Wakeup } from './deadline-wakeups';
import { DigestsService } from './digests.service';
import { wakeupHorizonMs } from './deadlines.jobs';
import { DEADLINES_CONFIG, DeadlinesService } from './deadlines.service';
import { ClockStatus, DossierClock } from './dossier-clock.entity';
import { TimeSource } from './time-source';

const BATCH = 1000;

/**
 * Rebuilds the wake-ups from Postgres at boot and every `reconcileMs`, because Redis keeps nothing across a
 * restart: a clock whose next alert is already due is checked at once; one due within the horizon gets its
 * delayed job again (an existing job with the same id stays). Later alerts wait for a later run. Each pass
 * also compiles the morning digests once the working day has begun.
 */
@Injectable()
export class DeadlinesReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(DeadlinesReconciler.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlinesService,
    private readonly wakeups: DeadlineWakeups,
    private readonly digests: DigestsService,
    private readonly time: TimeSource,
    @Inject(DEADLINES_CONFIG) private readonly config: DeadlinesConfig,
  ) {}

  /** The first pass runs before the service reports ready, so a restart never leaves a due alert unfired. */
  async onApplicationBootstrap(): Promise<void> {
    this.trigger();
    await this.running;
    this.timer = setInterval(() => this.trigger(), this.config.reconcileMs);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private trigger(): void {
    if (this.running) return;
    this.running = this.reconcile()
      .then(() => this.digests.compileDigests())
      .then(() => undefined)
      .catch((error: Error) => this.log.error(`reconciling deadline wake-ups failed: ${error.message}`))
      .finally(() => (this.running = null));
  }

  /** One pass over the running clocks with an alert still to fire; returns how many were checked at once. */
  async reconcile(): Promise<number> {
    const horizon = this.time.now().getTime() + wakeupHorizonMs(this.config.reconcileMs);
    let checked = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const clocks = await this.dataSource.getRepository(DossierClock).find({
        where: { status: ClockStatus.Running, overdueNotifiedAt: IsNull(), dossierId: MoreThan(after) },
        order: { dossierId: 'ASC' },
        take: BATCH,
      });
      if (clocks.length === 0) return checked;
      const later: Wakeup[] = [];
      for (const clock of clocks) {
        const [next] = await this.deadlines.pendingAlerts(clock);
        if (!next) continue;
        if (next.at.getTime() <= this.time.now().getTime()) {
          await this.deadlines.checkClock(clock.dossierId);
          checked += 1;
        } else if (next.at.getTime() <= horizon) {
          later.push({ dossierId: clock.dossierId, at: next.at });
        }
      }
      await this.wakeups.schedule(later);
      after = clocks[clocks.length - 1].dossierId;
    }
  }
}
