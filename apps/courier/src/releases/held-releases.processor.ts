import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { HELD_RELEASES_QUEUE, HeldReleaseJob, HeldReleaseJobName } from './held-releases.jobs';
import { HeldReleasesService } from './held-releases.service';

@Processor(HELD_RELEASES_QUEUE)
export class HeldReleasesProcessor extends WorkerHost {
  private readonly logger = new Logger(HeldReleasesProcessor.name);

  constructor(private readonly releases: HeldReleasesService) {
    super();
  }

  async process(job: Job<HeldReleaseJob['data'], unknown, HeldReleaseJob['name']>): Promise<void> {
    const name = job.name;
    switch (name) {
      case HeldReleaseJobName.ReleaseHeld: {
        const released = await this.releases.releaseAll(job.data.unitCode);
        this.logger.log(`released ${released} held shipments of unit ${job.data.unitCode}`);
        return;
      }
      default: {
        const unknown: never = name;
        throw new Error(`unknown job ${String(unknown)}`);
      }
    }
  }

  // The batches released so far stay released; the release row brings the rest back with the next run.
  @OnWorkerEvent('failed')
  onFailed(job: Job<HeldReleaseJob['data'], unknown, HeldReleaseJob['name']>, error: Error): void {
    this.logger.warn(
      `${job.name} of unit ${job.data.unitCode} failed (attempt ${job.attemptsMade}): ${error.message}`,
    );
  }
}
