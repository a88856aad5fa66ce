import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { TrackingPoller } from './tracking-poller.service';
import { TRACKING_QUEUE, TrackingJob, TrackingJobName } from './tracking.jobs';

@Processor(TRACKING_QUEUE)
export class TrackingProcessor extends WorkerHost {
  constructor(private readonly poller: TrackingPoller) {
    super();
  }

  async process(job: Job<TrackingJob['data'], unknown, TrackingJob['name']>): Promise<void> {
    const name = job.name;
    switch (name) {
      case TrackingJobName.PollTracking:
        await this.poller.pollOnce();
        return;
      default: {
        const unknown: never = name;
        throw new Error(`unknown job ${String(unknown)}`);
      }
    }
  }
}
