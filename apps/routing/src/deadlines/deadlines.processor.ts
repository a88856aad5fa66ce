import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { DEADLINES_QUEUE, DeadlineJob, DeadlineJobName } from './deadlines.jobs';
import { DeadlinesService } from './deadlines.service';

/** Wakes the checker of one clock; what to fire is decided from Postgres. */
@Processor(DEADLINES_QUEUE)
export class DeadlinesProcessor extends WorkerHost {
  constructor(private readonly deadlines: DeadlinesService) {
    super();
  }

  async process(job: Job<DeadlineJob['data'], void, DeadlineJob['name']>): Promise<void> {
    const name = job.name;
    switch (name) {
      case DeadlineJobName.CheckClock:
        return this.deadlines.checkClock(job.data.dossierId);
      default: {
        const unknown: never = name;
        throw new Error(`unknown job ${String(unknown)}`);
      }
    }
  }
}
