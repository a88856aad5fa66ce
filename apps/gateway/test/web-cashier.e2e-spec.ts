import { TestSystem, receptionFor, waitFor } from '@motcua/testing';
import type { Page } from 'playwright-core';
import { StaffBrowser } from './support/staff-browser';

const FEE_COUNTER = 39;
const INBOX_STREAM = '/api/v1/inbox/events';

// Today in Vietnam, as fees counts its days.
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * The cashier's day in a real browser (collect, correct a receipt, reconcile, export, close) and the staff
 * inbox kept live by the gateway's stream, against the whole running system.
 */
describe('Web UI: the cashier day and the live inbox', () => {
  let system: TestSystem;
  let staff: StaffBrowser;
  const open = () => staff.open();
  const shoot = (page: Page, name: string) => staff.shoot(page, name);
  const logIn = (page: Page, username: string) => staff.logIn(page, username);
  const chooseCounter = async (page: Page) => {
    await page.getByTestId('cashier-counter').click();
    await page.keyboard.type(`Quầy ${FEE_COUNTER} -`);
    await page.locator('.ant-select-item-option-active:visible').waitFor();
    await page.keyboard.press('Enter');
  };
  const findDossier = async (page: Page, code: string) => {
    await page.getByPlaceholder('Mã hồ sơ, họ tên hoặc số điện thoại').fill(code);
    await page.getByPlaceholder('Mã hồ sơ, họ tên hoặc số điện thoại').press('Enter');
    await page.getByRole('cell', { name: code }).click();
  };
  const feesAssessed = async (dossierId: string) => {
    const token = await system.login('cashier');
    await waitFor(
      async () =>
        (await system.request('GET', `/api/v1/dossiers/${dossierId}/fees`, { token })).status === 200,
      { description: "fees' assessment of the new dossier" },
    );
  };
  const receiveDossier = async (fullName: string) => {
    const token = await system.login('reception');
    const body = await receptionFor(system, token, '2.000488');
    const received = await system.request<{ id: string; code: string }>('POST', '/api/v1/dossiers', {
      token,
      headers: { 'idempotency-key': `web-cashier-${fullName.replace(/\W/g, '')}-${Date.now()}` },
      body: { ...body, applicant: { ...body.applicant, fullName } },
    });
    if (received.status !== 201) throw new Error(`reception refused: ${received.status}`);
    return received.body;
  };

  beforeAll(async () => {
    system = await TestSystem.start('web-cashier');
    staff = await StaffBrowser.launch(system);
  }, 180_000);

  afterAll(async () => {
    await staff?.close();
    await system?.stop();
  });

  it("should show a new inbox item and the menu's unread count without reloading or polling", async () => {
    const page = await open();
    const inboxReads: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path === '/api/v1/inbox') inboxReads.push(request.url());
    });
    const stream = page.waitForResponse((response) => response.url().endsWith(INBOX_STREAM));
    await logIn(page, 'officer');
    await page.goto(`${system.gatewayUrl}/inbox`);
    const streamResponse = await stream;
    await page.getByRole('heading', { name: 'Hộp thư' }).waitFor();
    // While the stream is followed the inbox queries do not poll: what appears next came through the stream.
    const live = page.locator('[data-testid="menu-inbox"][data-live="true"]');
    await live.waitFor();
    const badge = page.getByTestId('menu-inbox-unread');
    const unreadBefore = (await badge.count()) > 0 ? Number(await badge.textContent()) : 0;
    const readsBefore = inboxReads.length;

    const dossier = await receiveDossier('Lê Thị Hộp Thư');
    const item = page.locator('.ant-list-item', { hasText: dossier.code });
    await item.waitFor({ timeout: 15_000 });
    await waitFor(async () => (await badge.count()) > 0 && Number(await badge.textContent()) > unreadBefore, {
      timeoutMs: 5_000,
      description: "the menu's unread count",
    });
    await shoot(page, 'c01-inbox-live');

    expect(await live.count()).toBe(1);
    expect(streamResponse.status()).toBe(200);
    expect(streamResponse.headers()['content-type']).toContain('text/event-stream');
    expect(page.url()).toBe(`${system.gatewayUrl}/inbox`);
    expect(await item.textContent()).toContain(dossier.code);
    // The stream told the page to read its inbox again: a few reads, not a poll every few seconds.
    expect(inboxReads.length - readsBefore).toBeGreaterThan(0);
    expect(inboxReads.length - readsBefore).toBeLessThanOrEqual(4);
  });

  it('should fall back to reading the inbox every 15 s while the stream cannot be opened', async () => {
    const page = await open();
    let streamAttempts = 0;
    await page.route(`**${INBOX_STREAM}`, (route) => {
      streamAttempts++;
      return route.abort();
    });
    await logIn(page, 'officer');
    await page.goto(`${system.gatewayUrl}/inbox`);
    await page.getByRole('heading', { name: 'Hộp thư' }).waitFor();

    const dossier = await receiveDossier('Phan Văn Dự Phòng');
    const item = page.locator('.ant-list-item', { hasText: dossier.code });
    await item.waitFor({ timeout: 40_000 });

    expect(streamAttempts).toBeGreaterThan(1);
    expect(await page.getByTestId('menu-inbox').getAttribute('data-live')).toBe('false');
    expect(page.url()).toBe(`${system.gatewayUrl}/inbox`);
  });

  it('should collect a fee, cancel its receipt with an approval, reconcile, export and close the day once', async () => {
    const dossier = await receiveDossier('Trần Văn Thu Phí');
    await feesAssessed(dossier.id);
    const cashier = await open();
    await logIn(cashier, 'cashier');
    await cashier.goto(`${system.gatewayUrl}/cashier`);
    await chooseCounter(cashier);
    await findDossier(cashier, dossier.code);
    await cashier.getByRole('button', { name: 'Thu tiền và xuất biên lai' }).click();
    await cashier.getByTestId('fee-status').filter({ hasText: 'Đã nộp đủ' }).waitFor();
    const reconciliation = cashier.getByTestId('reconciliation');
    await reconciliation.getByText('200.000 đ').first().waitFor();
    await shoot(cashier, 'c02-cashier-collected');
    const cashierCannotCorrect = await cashier
      .getByRole('button', { name: 'Hủy, thay thế hoặc điều chỉnh biên lai' })
      .count();

    // The law wants an approver: the Center's manager cancels the receipt from the dossier page.
    const manager = await open();
    await logIn(manager, 'manager');
    await manager.goto(`${system.gatewayUrl}/dossiers/${dossier.id}`);
    await manager.getByRole('button', { name: 'Hủy, thay thế hoặc điều chỉnh biên lai' }).click();
    const dialog = manager.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Duyệt và xử lý' }).click();
    await dialog.getByText('Vui lòng nhập Lý do').waitFor();
    await shoot(manager, 'c03-correction-reason-required');
    await dialog.getByLabel('Lý do').fill('Thu nhầm hồ sơ, hoàn lại tiền cho người nộp');
    await dialog.getByRole('button', { name: 'Duyệt và xử lý' }).click();
    await manager.getByTestId('receipt-status').filter({ hasText: 'Đã hủy' }).waitFor();
    await manager.getByTestId('fee-status').filter({ hasText: 'Chưa nộp' }).waitFor();
    await shoot(manager, 'c04-receipt-cancelled');

    await cashier.reload();
    await reconciliation.waitFor();
    const statistics = await reconciliation.locator('.ant-statistic').allTextContents();
    const exported = cashier.waitForResponse((response) => response.url().includes('/export?'));
    await cashier.getByRole('button', { name: 'XLSX' }).click();
    const exportResponse = await exported;
    await cashier.getByRole('button', { name: /Chốt sổ$/ }).click();
    await cashier.getByRole('dialog').getByRole('button', { name: 'Chốt sổ' }).click();
    const closed = cashier.getByTestId('day-closed');
    await closed.waitFor();
    await shoot(cashier, 'c05-day-closed');
    await findDossier(cashier, dossier.code);
    await cashier.getByTestId('fee-status').filter({ hasText: 'Chưa nộp' }).waitFor();
    await cashier.getByRole('button', { name: 'Thu tiền và xuất biên lai' }).click();
    const refusal = cashier.locator('.ant-alert-error');
    await refusal.waitFor();
    await shoot(cashier, 'c06-closed-day-refuses-payment');
    const closeAgain = await system.request<{ code: string }>(
      'POST',
      `/api/v1/reconciliations/${today()}/close`,
      {
        token: await system.login('cashier'),
        body: { counterNumber: FEE_COUNTER, countedCashDong: 0 },
      },
    );

    expect(cashierCannotCorrect).toBe(0);
    expect(statistics).toEqual([
      expect.stringContaining('200.000 đ'),
      expect.stringContaining('1'),
      expect.stringContaining('1 / 0'),
      expect.stringContaining('0 đ'),
    ]);
    expect(await reconciliation.textContent()).toContain('Hoàn lại do hủy biên lai200.000 đ');
    expect(exportResponse.status()).toBe(200);
    expect(exportResponse.headers()['content-type']).toContain('spreadsheetml');
    expect(await closed.textContent()).toContain('Phạm Thị Thu Phí');
    expect(await closed.textContent()).toContain('chênh lệch 0 đ');
    expect(await refusal.textContent()).toBe(
      `Quầy ${FEE_COUNTER} đã chốt sổ ngày ${today()}, không ghi nhận thêm được`,
    );
    expect(closeAgain).toMatchObject({ status: 409, body: { code: 'FEE_DAY_CLOSED' } });
  });
});
