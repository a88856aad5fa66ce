import { tableCountersPerDossier } from './schema-scans';

describe('tableCountersPerDossier', () => {
  it('should keep only the counters that moved, per dossier, when tables were read and written', () => {
    const before = { messages: { seqScans: 10, inserted: 100 }, opt_outs: { seqScans: 3 } };
    const after = {
      messages: { seqScans: 10, inserted: 300 },
      opt_outs: { seqScans: 3 },
      inbox: { inserted: 50 },
    };

    const perDossier = tableCountersPerDossier(before, after, 100);

    expect(perDossier).toEqual({ messages: { inserted: 2 }, inbox: { inserted: 0.5 } });
  });
});
