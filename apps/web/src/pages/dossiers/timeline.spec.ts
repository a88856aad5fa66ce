import type { DossierView } from '../../api/endpoints';
import { buildTimeline } from './timeline';

const view = (overrides: Partial<DossierView>): DossierView =>
  ({
    dossier: { id: 'd', receivedAt: '2026-11-28T01:00:00.000Z' },
    routing: null,
    messages: null,
    unavailable: [],
    ...overrides,
  }) as DossierView;

describe(buildTimeline.name, () => {
  it('should order reception, assignments and messages by time when all services answered', () => {
    const timeline = buildTimeline(
      view({
        routing: {
          assignments: [
            {
              id: 'a1',
              unitCode: '000.00.20.H41',
              officerId: null,
              stepName: 'Thẩm định',
              assignedAt: '2026-11-28T01:00:01.000Z',
            },
          ],
        },
        messages: [
          {
            id: 'm1',
            channel: 'sms',
            recipient: '+8491****678',
            body: '',
            status: 'queued',
            eventType: 'x',
            createdAt: '2026-11-28T01:00:00.500Z',
          },
        ] as DossierView['messages'],
      }),
    );

    expect(timeline.map((entry) => entry.id)).toEqual(['d', 'm1', 'a1']);
  });

  it('should keep the reception first when another entry has the same time', () => {
    const timeline = buildTimeline(
      view({
        routing: {
          assignments: [
            {
              id: 'a1',
              unitCode: '000.00.20.H41',
              officerId: null,
              stepName: 'Thẩm định',
              assignedAt: '2026-11-28T01:00:00.000Z',
            },
          ],
        },
      }),
    );

    expect(timeline.map((entry) => entry.kind)).toEqual(['received', 'assigned']);
  });

  it('should show the reception alone when routing and notifications did not answer', () => {
    const timeline = buildTimeline(view({ unavailable: ['routing', 'notifications'] }));

    expect(timeline).toEqual([{ at: '2026-11-28T01:00:00.000Z', kind: 'received', id: 'd' }]);
  });
});
