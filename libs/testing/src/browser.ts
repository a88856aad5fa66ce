import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium (`apt-get install chromium`); Playwright never downloads a browser here. */
export function chromiumPath(): string {
  const path = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser || true'], {
    encoding: 'utf8',
  }).trim();
  if (!path) throw new Error('chromium is not installed: apt-get install -y chromium');
  return path;
}

/**
 * A headless chromium for end-to-end suites of the web UI: no sandbox (containers), no background traffic.
 * Playwright gives every launch a fresh temporary profile.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
