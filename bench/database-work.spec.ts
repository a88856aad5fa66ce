import { databaseWork, DatabaseCounters } from './database-work';

describe('databaseWork', () => {
  const before: DatabaseCounters = {
    at: '2026-11-28 03:00:00+00',
    database: { commits: 1000, inserted: 50 },
    writesBySchema: { intake: 10, routing: 5 },
  };
  const after: DatabaseCounters = {
    at: '2026-11-28 03:01:00+00',
    database: { commits: 1600, inserted: 450 },
    writesBySchema: { intake: 410, routing: 5, fees: 100 },
  };

  it('should give counter deltas, writes per schema and messages per dossier', () => {
    const work = databaseWork(before, after, { intake: { published: 100, consumed: 0 } }, 100);

    expect(work).toEqual({
      dossiersReceived: 100,
      perDossier: { commits: 6, inserted: 4 },
      writesPerDossierBySchema: { intake: 4, fees: 1 },
      messagesPerDossier: { intake: { published: 1, consumed: 0 } },
    });
  });

  it('should report nothing when no dossier was accepted', () => {
    expect(databaseWork(before, after, {}, 0)).toBeNull();
  });
});
