import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '../config';
import { DeadLetterAlertsService } from './dead-letter-alerts.service';

/** Digests are looked for at most this far apart (sooner with a shorter window). */
const CHECK_EVERY_MS = 10_000;

/** Sends the digest of letters that came within a service's window once the window is over. */
@Injectable()
export class DeadLetterAlertsScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeadLetterAlertsScheduler.name);
  private readonly checkEveryMs: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly alerts: DeadLetterAlertsService,
    @Inject(ConfigService) config: ConfigService<AppConfig, true>,
  ) {
    this.checkEveryMs = Math.min(
      CHECK_EVERY_MS,
      config.get('deadLetterAlerts', { infer: true }).windowMs / 2,
    );
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.check());
    }, this.checkEveryMs);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async check(): Promise<void> {
    try {
      await this.alerts.alertDue();
    } catch (error) {
      this.logger.warn(`dead-letter digest check failed, the next one retries: ${(error as Error).message}`);
    }
  }
}
