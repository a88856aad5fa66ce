import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { percentile } from './percentiles';

// How soon each web page is usable on a running system (`npm start`): from navigation to its first control
// answering, cold (fresh browser profile) and warm (cached assets), and the gzipped JavaScript the cold visit
// loaded until then (what bench:web weighs from the build, seen by a browser). `npm run bench:web-pages --
// [gateway URL] [runs]`; prints one JSON line of medians. Not part of `npm test`.

const DEFAULT_RUNS = 5;
const PASSWORD = process.env.MOTCUA_DEMO_PASSWORD ?? 'motcua-demo';

interface PageProbe {
  readonly path: string;
  /** Shown once the page answers input: its main control, enabled. */
  readonly ready: (page: Page) => Promise<unknown>;
  readonly staff: boolean;
}

const PAGES: PageProbe[] = [
  { path: '/login', staff: false, ready: (page) => page.getByLabel('Tên đăng nhập').waitFor() },
  { path: '/tra-cuu', staff: false, ready: (page) => page.getByLabel('Mã hồ sơ').waitFor() },
  { path: '/lay-so', staff: false, ready: (page) => page.locator('main button').first().waitFor() },
  { path: '/man-hinh', staff: false, ready: (page) => page.getByTestId('board-live').waitFor() },
  { path: '/reception', staff: true, ready: (page) => page.getByTestId('procedure-picker').waitFor() },
  { path: '/queue', staff: true, ready: (page) => page.getByTestId('counter-select').waitFor() },
  {
    path: '/dossiers',
    staff: true,
    ready: (page) => page.getByPlaceholder('Mã hồ sơ, họ tên hoặc số điện thoại').waitFor(),
  },
  { path: '/cashier', staff: true, ready: (page) => page.getByTestId('cashier-counter').waitFor() },
  { path: '/admin/users', staff: true, ready: (page) => page.getByRole('cell').first().waitFor() },
  { path: '/catalog', staff: true, ready: (page) => page.getByRole('cell').first().waitFor() },
  { path: '/calendar', staff: true, ready: (page) => page.getByRole('cell').first().waitFor() },
];

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

async function session(browser: Browser, gatewayUrl: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto(`${gatewayUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('current-user').waitFor();
  // A string: this file is compiled without the DOM library.
  const stored = await page.evaluate<string | null>("localStorage.getItem('motcua.session')");
  await page.close();
  if (!stored) throw new Error('login did not store a session');
  return stored;
}

async function timeOnce(browser: Browser, gatewayUrl: string, probe: PageProbe, stored: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  if (probe.staff) {
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
    await page.goto(`${gatewayUrl}${probe.path}`);
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
  const browser = await launch();
  try {
    const stored = await session(browser, gatewayUrl);
    const pages: Record<string, { coldMs: number; warmMs: number; jsKB: number }> = {};
    for (const probe of PAGES) {
      const samples = [];
      for (let run = 0; run < runs; run++) samples.push(await timeOnce(browser, gatewayUrl, probe, stored));
      pages[probe.path] = {
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
