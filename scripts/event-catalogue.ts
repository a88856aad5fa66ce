import { EVENT_PAYLOADS, EventKey, RPC_CONTRACTS, SUBSCRIPTIONS } from '@motcua/contracts';
import { writeFileSync } from 'node:fs';

export const EVENT_CATALOGUE_PATH = 'docs/events.md';

function consumersOf(key: EventKey): string {
  const consumers = Object.entries(SUBSCRIPTIONS)
    .filter(([, keys]) => keys.includes(key))
    .map(([service]) => service);
  return consumers.length > 0 ? consumers.join(', ') : '—';
}

/**
 * The catalogue of every event and request/reply key, drawn from the contracts themselves so it cannot drift:
 * `npm run docs:events` writes it, and a test fails when the committed file differs.
 */
export function renderEventCatalogue(): string {
  const events = (Object.keys(EVENT_PAYLOADS) as EventKey[])
    .sort()
    .map(
      (key) => `| \`${key}\` | ${key.split('.')[0]} | ${EVENT_PAYLOADS[key].name} | ${consumersOf(key)} |`,
    );
  const requests = Object.keys(RPC_CONTRACTS)
    .sort()
    .map((key) => {
      const contract = RPC_CONTRACTS[key as keyof typeof RPC_CONTRACTS];
      return `| \`${key}\` | ${key.split('.')[0]} | ${contract.request.name} | ${contract.response.name} |`;
    });
  return [
    '# Events and requests',
    '',
    'Generated from `libs/contracts` by `npm run docs:events`; a test fails when this file and the contracts differ.',
    'Payload classes live in `libs/contracts/src/<producer>/`, with a fixture each in `libs/contracts/test/fixtures`.',
    '',
    '## Events (topic exchange `motcua.events`)',
    '',
    '| routing key | producer | payload | consumed by |',
    '|---|---|---|---|',
    ...events,
    '',
    '## Requests from the gateway (exchange `motcua.rpc`)',
    '',
    '| key | answered by | request | response |',
    '|---|---|---|---|',
    ...requests,
    '',
  ].join('\n');
}

if (require.main === module) {
  writeFileSync(EVENT_CATALOGUE_PATH, renderEventCatalogue());
  process.stdout.write(`wrote ${EVENT_CATALOGUE_PATH}\n`);
}
