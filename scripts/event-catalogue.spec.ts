import { readFileSync } from 'node:fs';
import { EVENT_CATALOGUE_PATH, renderEventCatalogue } from './event-catalogue';

describe('docs/events.md', () => {
  it('should list exactly the events and requests the contracts define (npm run docs:events rewrites it)', () => {
    expect(readFileSync(EVENT_CATALOGUE_PATH, 'utf8')).toBe(renderEventCatalogue());
  });

  it('should name the consumers of an event from the subscriptions table', () => {
    expect(renderEventCatalogue()).toMatch(
      /\| `intake\.dossier\.received\.v1` \| intake \| DossierReceivedV1 \| [a-z, ]*routing/,
    );
  });
});
