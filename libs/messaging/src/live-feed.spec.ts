import type { ConfigService } from '@nestjs/config';
import type { PlatformConfig } from '@motcua/config';
import { Subject, interval, lastValueFrom, toArray } from 'rxjs';
import { LiveFeed } from './live-feed';

describe(LiveFeed.name, () => {
  let sut: LiveFeed;

  beforeEach(() => {
    sut = new LiveFeed({} as ConfigService<PlatformConfig, true>, []);
  });

  describe('untilShutdown', () => {
    it('should end an endless stream when the process starts to shut down', async () => {
      const heartbeats = new Subject<string>();
      const ended = lastValueFrom(heartbeats.pipe(sut.untilShutdown(), toArray()));
      heartbeats.next('ping');

      sut.beforeApplicationShutdown();

      expect(await ended).toEqual(['ping']);
    });

    it('should end a stream at once when it is opened after shutdown began', async () => {
      sut.beforeApplicationShutdown();

      const values = await lastValueFrom(interval(5).pipe(sut.untilShutdown(), toArray()));

      expect(values).toEqual([]);
    });
  });
});
