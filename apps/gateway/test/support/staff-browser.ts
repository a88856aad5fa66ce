import { TestSystem, launchBrowser } from '@motcua/testing';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** A counter's screen. */
export const COUNTER_SCREEN = { width: 1366, height: 768 };

/**
 * A real browser against a running test system, as the Center's staff use it: pages in Vietnamese at Viet Nam
 * time, log-in through the login page, screenshots in the suite's artifacts. One per suite, closed in `afterAll`.
 */
export class StaffBrowser {
  private readonly contexts: BrowserContext[] = [];

  private constructor(
    private readonly system: TestSystem,
    private readonly browser: Browser,
    private readonly shotsDir: string,
  ) {}

  static async launch(system: TestSystem): Promise<StaffBrowser> {
    const shotsDir = join(system.logDir, 'screenshots');
    mkdirSync(shotsDir, { recursive: true });
    return new StaffBrowser(system, await launchBrowser(), shotsDir);
  }

  /** A fresh page in a context of its own (its own session). */
  async open(viewport = COUNTER_SCREEN): Promise<Page> {
    const context = await this.browser.newContext({
      viewport,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    this.contexts.push(context);
    return context.newPage();
  }

  /** Fills and sends the login form, whatever the answer. */
  async submitLogin(page: Page, username: string, password = 'motcua-demo'): Promise<void> {
    await page.goto(`${this.system.gatewayUrl}/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
  }

  /** Logs in and waits for the staff frame. */
  async logIn(page: Page, username: string, password?: string): Promise<void> {
    await this.submitLogin(page, username, password);
    await page.getByTestId('current-user').waitFor();
  }

  async shoot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(this.shotsDir, `${name}.png`), fullPage: true });
  }

  async close(): Promise<void> {
    for (const context of this.contexts) await context.close();
    await this.browser.close();
  }
}
