import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DigestService } from './digest.service';

/** Digests are looked for this often; the one due is made by the first replica to look after the hour. */
const CHECK_EVERY_MS = 60_000;

/** Wakes the digest every minute; Postgres (`digest_runs`) remembers what was made, so nothing lives in Redis. */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DigestScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly digests: DigestService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.check());
    }, CHECK_EVERY_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async check(): Promise<void> {
    try {
      await this.digests.runDue(new Date());
    } catch (error) {
      this.logger.warn(`digest check failed, the next one retries: ${(error as Error).message}`);
    }
  }
}
