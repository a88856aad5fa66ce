import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Locator, type Page, type Response } from 'playwright-core';
import { percentile } from './percentiles';
import { idempotencyKey, receiveDossierBody } from './dossier-requests';
import { loadReceptionTemplates } from './reception-templates';

// How soon each web page is usable on a running system (`npm start`): from navigation to its first control
// answering, cold (fresh browser profile) and warm (cached assets), and the gzipped JavaScript the cold visit
// loaded until then (what bench:web weighs from the build, seen by a browser). `npm run bench:web-pages --
// [gateway URL] [runs] [part of a page's name]`; prints one JSON line of medians, a page visited by another user than admin named with its
// user. Every staff page of the menu is probed with a user whose daily work it is. Not part of `npm test`.

const DEFAULT_RUNS = 5;
const PASSWORD = process.env.MOTCUA_DEMO_PASSWORD ?? 'motcua-demo';
// A dossier of the demo officer's unit (Sở Tư pháp), received once per database: the work queues, the inbox, the
// dashboard and the dossier page then show what a working day shows.
const DOSSIER_PROCEDURE = '2.000488';
const DOSSIER_KEY = 'bench-web-pages-dossier';

type User = 'admin' | 'reception' | 'officer' | 'unit_lead' | 'postal' | 'manager';

interface PageProbe {
  readonly path: string;
  /** Who visits it; nobody for a public page. */
  readonly user?: User;
  /** Shown once the page answers input: its main control, enabled, drawn from the page's data when it has some. */
  readonly ready: (page: Page) => Promise<unknown>;
}

/** A control the user can use: visible and enabled. */
async function enabled(control: Locator): Promise<void> {
  await control.waitFor();
  const deadline = Date.now() + 30_000;
  while (!(await control.isEnabled())) {
    if (Date.now() > deadline) throw new Error('a control stayed disabled');
    await control.page().waitForTimeout(5);
  }
}

// A table's first row of data: while loading, Ant Design draws an empty row with a cell too.
const firstRow = (scope: Page | Locator) => scope.locator('tr.ant-table-row').first();
const firstRowButton = (page: Page) => enabled(firstRow(page).getByRole('button').first());

const PAGES: PageProbe[] = [
  { path: '/login', ready: (page) => page.getByLabel('Tên đăng nhập').waitFor() },
  { path: '/tra-cuu', ready: (page) => page.getByLabel('Mã hồ sơ').waitFor() },
  { path: '/lay-so', ready: (page) => enabled(page.locator('main button').first()) },
  { path: '/man-hinh', ready: (page) => page.getByTestId('board-live').waitFor() },
  { path: '/reception', user: 'admin', ready: (page) => page.getByTestId('procedure-picker').waitFor() },
  { path: '/queue', user: 'admin', ready: (page) => page.getByTestId('counter-select').waitFor() },
  {
    path: '/dossiers',
    user: 'admin',
    ready: (page) => page.getByPlaceholder('Mã hồ sơ, họ tên hoặc số điện thoại').waitFor(),
  },
  { path: '/cashier', user: 'admin', ready: (page) => page.getByTestId('cashier-counter').waitFor() },
  { path: '/admin/users', user: 'admin', ready: (page) => firstRow(page).waitFor() },
  { path: '/catalog', user: 'admin', ready: (page) => firstRow(page).waitFor() },
  { path: '/calendar', user: 'admin', ready: (page) => firstRow(page).waitFor() },
  { path: '/work', user: 'officer', ready: firstRowButton },
  { path: '/work', user: 'unit_lead', ready: firstRowButton },
  {
    path: '/dossiers/:id',
    user: 'admin',
    ready: (page) => enabled(page.getByRole('button', { name: 'In giấy tiếp nhận (mẫu 01)' })),
  },
  {
    path: '/postal',
    user: 'postal',
    ready: (page) => enabled(page.getByRole('button', { name: 'Chuẩn bị chuyến lấy' })),
  },
  {
    path: '/return',
    user: 'reception',
    ready: (page) => page.getByPlaceholder('Mã hồ sơ, họ tên hoặc số điện thoại').waitFor(),
  },
  {
    path: '/dashboard',
    user: 'manager',
    ready: (page) => firstRow(page.getByTestId('report-table')).waitFor(),
  },
  {
    path: '/inbox',
    user: 'unit_lead',
    ready: (page) => page.locator('.ant-list-item').first().getByRole('link').waitFor(),
  },
  {
    path: '/queue-stats',
    user: 'manager',
    ready: (page) => page.getByRole('columnheader', { name: 'Quầy' }).waitFor(),
  },
  {
    path: '/admin/processes',
    user: 'admin',
    ready: (page) => firstRow(page.getByTestId('default-processes')).waitFor(),
  },
  { path: '/admin/api-clients', user: 'admin', ready: firstRowButton },
  { path: '/admin/templates', user: 'admin', ready: (page) => firstRow(page).waitFor() },
  {
    path: '/admin/dead-letters',
    user: 'admin',
    ready: (page) => page.getByText('Không có tin nhắn lỗi').waitFor(),
  },
  {
    path: '/admin/receipt-series',
    user: 'admin',
    ready: (page) => page.getByTestId('next-number').first().waitFor(),
  },
  {
    path: '/admin/contact-points',
    user: 'admin',
    ready: (page) => enabled(page.locator('[data-testid^="edit-"]').first()),
  },
  {
    path: '/admin/assignment-rules',
    user: 'unit_lead',
    ready: (page) => enabled(page.getByTestId('rule-none')),
  },
];

const probeName = (probe: PageProbe) =>
  probe.user && probe.user !== 'admin' ? `${probe.path} (${probe.user})` : probe.path;

function launch(): Promise<Browser> {
  const executablePath = execFileSync('sh', ['-c', 'command -v chromium || true'], {
    encoding: 'utf8',
  }).trim();
  if (!executablePath) throw new Error('chromium is not installed: apt-get install -y chromium');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
}

async function session(browser: Browser, gatewayUrl: string, user: User): Promise<string> {
  const page = await browser.newPage();
  await page.goto(`${gatewayUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill(user);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('current-user').waitFor();
  // A string: this file is compiled without the DOM library.
  const stored = await page.evaluate<string | null>("localStorage.getItem('motcua.session')");
  await page.close();
  if (!stored) throw new Error('login did not store a session');
  return stored;
}

async function apiToken(gatewayUrl: string, username: User): Promise<string> {
  const response = await fetch(`${gatewayUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`login of ${username}: HTTP ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** The id of the bench's dossier, received at the counter the first time (the same key never makes two). */
async function benchDossier(gatewayUrl: string): Promise<string> {
  const token = await apiToken(gatewayUrl, 'reception');
  const templates = await loadReceptionTemplates(gatewayUrl, token);
  const template =
    templates.find((candidate) => candidate.procedureCode === DOSSIER_PROCEDURE) ?? templates[0];
  const response = await fetch(`${gatewayUrl}/api/v1/dossiers`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': idempotencyKey(DOSSIER_KEY, 0),
    },
    body: JSON.stringify(receiveDossierBody(0, [template])),
  });
  if (!response.ok) throw new Error(`receiving the bench's dossier: HTTP ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

async function timeOnce(browser: Browser, url: string, probe: PageProbe, stored: string | undefined) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  if (stored) {
    await context.addInitScript({
      content: `localStorage.setItem('motcua.session', ${JSON.stringify(stored)})`,
    });
  }
  const page = await context.newPage();
  const scripts: Promise<number>[] = [];
  const weigh = (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(response.body().then((body) => gzipSync(body).length));
  };
  const measure = async () => {
    const started = performance.now();
    await page.goto(url);
    await probe.ready(page);
    return performance.now() - started;
  };
  page.on('response', weigh);
  const cold = await measure();
  page.off('response', weigh);
  const jsBytes = (await Promise.all(scripts)).reduce((sum, bytes) => sum + bytes, 0);
  const warm = await measure();
  await context.close();
  return { cold, warm, jsKB: Math.round(jsBytes / 102.4) / 10 };
}

const median = (values: number[]) =>
  Math.round(
    percentile(
      [...values].sort((a, b) => a - b),
      50,
    ) ?? 0,
  );

async function main(): Promise<void> {
  const gatewayUrl = (process.argv[2] ?? 'http://localhost:3000').replace(/\/+$/, '');
  const runs = Number(process.argv[3] ?? DEFAULT_RUNS);
  const only = process.argv[4];
  const dossierId = await benchDossier(gatewayUrl);
  const browser = await launch();
  try {
    const sessions = new Map<User, string>();
    const pages: Record<string, { coldMs: number; warmMs: number; jsKB: number }> = {};
    for (const probe of PAGES.filter((candidate) => !only || probeName(candidate).includes(only))) {
      if (probe.user && !sessions.has(probe.user)) {
        sessions.set(probe.user, await session(browser, gatewayUrl, probe.user));
      }
      const stored = probe.user && sessions.get(probe.user);
      const url = `${gatewayUrl}${probe.path.replace(':id', dossierId)}`;
      const samples = [];
      for (let run = 0; run < runs; run++) {
        samples.push(
          await timeOnce(browser, url, probe, stored).catch((error: Error) => {
            throw new Error(`${probeName(probe)}: ${error.message}`);
          }),
        );
      }
      pages[probeName(probe)] = {
        coldMs: median(samples.map((sample) => sample.cold)),
        warmMs: median(samples.map((sample) => sample.warm)),
        jsKB: median(samples.map((sample) => sample.jsKB)),
      };
    }
    process.stdout.write(`${JSON.stringify({ gatewayUrl, runs, medians: pages })}\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
