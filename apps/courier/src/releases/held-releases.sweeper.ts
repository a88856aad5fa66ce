import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { HeldReleaseWakeups } from './held-release-wakeups';
import { RELEASE_SWEEP_MS } from './held-releases.jobs';
import { HeldReleasesService } from './held-releases.service';

/**
 * Hands every release Postgres says is due to the queue, at boot (before the service is ready) and every
 * `RELEASE_SWEEP_MS`: a job Redis lost, or one a crash or a spent retry left behind, starts over.
 */
@Injectable()
export class HeldReleasesSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(HeldReleasesSweeper.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly releases: HeldReleasesService,
    private readonly wakeups: HeldReleaseWakeups,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.trigger();
    await this.running;
    this.timer = setInterval(() => this.trigger(), RELEASE_SWEEP_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One pass; resolves with the units whose release was woken. */
  async sweep(): Promise<string[]> {
    const due = await this.releases.listDue();
    await this.wakeups.wake(due);
    return due;
  }

  private trigger(): void {
    if (this.running) return;
    this.running = this.sweep()
      .then(() => undefined)
      .catch((error: Error) =>
        this.logger.warn(`held release sweep failed, the next one retries: ${error.message}`),
      )
      .finally(() => (this.running = null));
  }
}
