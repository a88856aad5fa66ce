// A Center in service has a contact point (đầu mối giao nhận) at every unit its paper goes to; the demo seed
// leaves them to the administrator, so each bench dossier's paper would be held and raise alerts to managers
// and unit leads — an exceptional path, not the reception flow the bench measures. The bench names one at
// every unit that lacks it, as the administrator would, before it measures.

import { setTimeout as sleep } from 'node:timers/promises';

interface CourierUnitPage {
  readonly items: readonly { readonly code: string }[];
}

const ADMIN_USERNAME = 'admin';
const RETRY_AFTER_MS = 15_000;
const BENCH_CONTACT = { fullName: 'Đầu mối giao nhận (bench)', phone: '02383844123', hours: '07:30–16:30' };

async function request(url: string, init: RequestInit): Promise<unknown> {
  const response = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: HTTP ${response.status}`);
  return response.json();
}

/** Names a contact point at every unit courier knows without one; returns how many units it named. */
export async function nameMissingContactPoints(gatewayUrl: string, password: string): Promise<number> {
  const login = (await request(`${gatewayUrl}/api/v1/auth/login`, {
    method: 'POST',
    body: JSON.stringify({ username: ADMIN_USERNAME, password }),
  })) as { accessToken: string };
  const authorization = `Bearer ${login.accessToken}`;
  const missing = (await request(`${gatewayUrl}/api/v1/courier/units?withoutContactPoint=true`, {
    headers: { authorization },
  })) as CourierUnitPage;
  for (const unit of missing.items) {
    const put = () =>
      request(`${gatewayUrl}/api/v1/courier/units/${encodeURIComponent(unit.code)}/contact-points`, {
        method: 'PUT',
        headers: { authorization },
        body: JSON.stringify({ contactPoints: [BENCH_CONTACT] }),
      });
    // A unit with thousands of shipments held by earlier runs releases them all in the request's transaction,
    // which can outlast the gateway's wait (504) and still commit; the same PUT again finds nothing held.
    await put().catch(async () => {
      await sleep(RETRY_AFTER_MS);
      return put();
    });
  }
  return missing.items.length;
}
