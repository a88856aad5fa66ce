import type { TicketServiceListV1, TicketV1 } from '@motcua/contracts';
import { buildLookupUrl } from '@motcua/documents';
import { TestSystem, launchBrowser, waitFor } from '@motcua/testing';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

const SO_TU_PHAP = '000.00.20.H41';
const COUNTER_SCREEN = { width: 1366, height: 768 };
const PHONE_SCREEN = { width: 390, height: 844 };
const INVALID_CITIZEN_ID = '040995001234';

/**
 * The web UI in a real browser (Debian's chromium through playwright-core) against the whole running system:
 * the journeys of a day at the Center, with a screenshot of every page in the suite's artifacts.
 */
describe('Web UI: kiosk, counter, reception, dossier, public lookup, hall display', () => {
  let system: TestSystem;
  let browser: Browser;
  let shotsDir: string;
  const contexts: BrowserContext[] = [];

  const open = async (viewport = COUNTER_SCREEN): Promise<Page> => {
    const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    contexts.push(context);
    return context.newPage();
  };
  const shoot = (page: Page, name: string) =>
    page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true });
  const submitLogin = async (page: Page, username: string, password: string) => {
    await page.goto(`${system.gatewayUrl}/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
  };
  const logIn = async (page: Page, username: string) => {
    await submitLogin(page, username, 'motcua-demo');
    await page.getByTestId('current-user').waitFor();
  };
  const chooseInSelect = async (page: Page, testId: string, text: string) => {
    await page.getByTestId(testId).click();
    await page.keyboard.type(text);
    await page.locator('.ant-select-item-option-active').first().waitFor();
    await page.keyboard.press('Enter');
  };

  beforeAll(async () => {
    system = await TestSystem.start('web-ui');
    shotsDir = join(system.logDir, 'screenshots');
    mkdirSync(shotsDir, { recursive: true });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await system?.stop();
  });

  it('should serve the app at / and on client routes, and keep unknown API paths a JSON 404', async () => {
    const home = await fetch(`${system.gatewayUrl}/`);
    const clientRoute = await fetch(`${system.gatewayUrl}/tra-cuu?ma=000.00.20.H41-261128-0001`);
    const unknownApi = await system.request<{ code: string }>('GET', '/api/v1/no-such-thing');
    const missingAsset = await fetch(`${system.gatewayUrl}/assets/no-such-file.js`);

    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toContain('text/html');
    expect(await home.text()).toContain('<div id="root">');
    expect(clientRoute.status).toBe(200);
    expect(await clientRoute.text()).toContain('<div id="root">');
    expect(unknownApi).toMatchObject({ status: 404, body: { code: 'ROUTE_NOT_FOUND' } });
    expect(missingAsset.status).toBe(404);
  });

  it('should refuse a wrong password in Vietnamese and show a clerk the menu of their role', async () => {
    const page = await open();

    await submitLogin(page, 'reception', 'wrong-password');
    const refusal = page.locator('.ant-alert-error');
    await refusal.waitFor();
    await shoot(page, '01-login-refused');
    await logIn(page, 'reception');
    await page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' }).waitFor();

    expect(await refusal.count()).toBe(0);
    expect(await page.getByTestId('current-user').textContent()).toBe('Nguyễn Thị Tiếp Nhận');
    const menu = await page.locator('.ant-menu-item').allTextContents();
    expect(menu).toEqual(expect.arrayContaining(['Tiếp nhận hồ sơ', 'Gọi số tại quầy', 'Danh mục TTHC']));
    await shoot(page, '02-reception-empty');
  });

  it('should take a ticket, call it, receive its dossier with a slip, show it to staff and to the public', async () => {
    const kiosk = await open();
    await kiosk.goto(`${system.gatewayUrl}/lay-so`);
    await shoot(kiosk, '03-kiosk');
    await kiosk.getByRole('button', { name: 'Sở Tư pháp' }).click();
    const ticketNumber = (await kiosk.getByTestId('ticket-number').textContent()) ?? '';
    await shoot(kiosk, '04-kiosk-ticket');

    const clerk = await open();
    await logIn(clerk, 'reception');
    await clerk.getByRole('heading', { name: 'Tiếp nhận hồ sơ' }).waitFor();
    await clerk.goto(`${system.gatewayUrl}/queue`);
    await chooseInSelect(clerk, 'counter-select', 'Quầy 11 -');
    await clerk.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
    await clerk.getByTestId('serving-number').filter({ hasText: ticketNumber }).waitFor();
    await shoot(clerk, '05-queue-serving');

    await clerk.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
    await clerk.getByTestId('serving-ticket').waitFor();
    await clerk.getByTestId('procedure-picker').click();
    await clerk.keyboard.type('ly lich tu phap');
    await clerk.locator('.ant-select-item-option', { hasText: '2.000488' }).click();
    await clerk.getByTestId('checklist').waitFor();
    await clerk.getByRole('button', { name: 'Đánh dấu đủ các thành phần bắt buộc' }).click();
    await clerk.getByLabel('Họ và tên').fill('Nguyễn Văn An');
    await clerk.getByLabel('Số định danh cá nhân (CCCD)').fill(INVALID_CITIZEN_ID);
    await clerk.getByLabel('Số điện thoại').fill('0912345678');
    await clerk.getByLabel('Địa chỉ').fill('Số 5 Lê Lợi, phường Hưng Bình, thành phố Vinh');
    await clerk.getByLabel('Địa chỉ').press('Enter');
    const serverError = clerk.getByText(
      'Số định danh cá nhân không phải số định danh cá nhân (CCCD) 12 chữ số hợp lệ',
    );
    await serverError.waitFor();
    await shoot(clerk, '06-reception-field-error');
    await clerk.getByLabel('Số định danh cá nhân (CCCD)').fill('040095001234');
    await clerk.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
    const code = (await clerk.getByTestId('dossier-code').textContent()) ?? '';
    await shoot(clerk, '07-reception-received');

    const slip = clerk.waitForResponse((response) => response.url().includes('/slips/01.pdf'));
    await clerk.getByRole('button', { name: 'In giấy tiếp nhận (mẫu 01)' }).click();
    const slipResponse = await slip;

    await clerk.getByRole('button', { name: 'Xem hồ sơ' }).click();
    await clerk.getByTestId('dossier-title').filter({ hasText: code }).waitFor();
    await waitFor(
      async () => {
        if ((await clerk.getByText('Thẩm định hồ sơ').count()) > 0) return true;
        await clerk.reload();
        await clerk.getByTestId('dossier-title').waitFor();
        return false;
      },
      { timeoutMs: 20_000, intervalMs: 500, description: "routing's assignment on the dossier page" },
    );
    await shoot(clerk, '08-dossier-detail');

    const citizen = await open(PHONE_SCREEN);
    await citizen.goto(buildLookupUrl(system.env.MOTCUA_PUBLIC_BASE_URL, code));
    await citizen.getByLabel('Số điện thoại người nộp').fill('0912345678');
    await citizen.getByRole('button', { name: 'Tra cứu' }).click();
    const result = citizen.getByTestId('lookup-result');
    await result.waitFor();
    await shoot(citizen, '09-public-lookup-phone');

    expect(ticketNumber).toMatch(/^\d{4}$/);
    expect(code).toMatch(new RegExp(`^${SO_TU_PHAP.replace(/\./g, '\\.')}-\\d{6}-\\d{4}$`));
    expect(slipResponse.status()).toBe(200);
    expect(slipResponse.headers()['content-type']).toBe('application/pdf');
    expect(await clerk.getByTestId('dossier-status').textContent()).toBe('Đã tiếp nhận');
    expect(await clerk.getByTestId('dossier-timeline').textContent()).toContain('Tiếp nhận hồ sơ');
    expect(await citizen.getByLabel('Mã hồ sơ').inputValue()).toBe(code);
    expect(await result.textContent()).toContain('Đã tiếp nhận');
    expect(await result.textContent()).toContain('N***** V** A*');
  });

  it('should tell the citizen in Vietnamese when the phone does not match the code', async () => {
    const citizen = await open(PHONE_SCREEN);

    await citizen.goto(`${system.gatewayUrl}/tra-cuu?ma=000.00.20.H41-200101-0001`);
    await citizen.getByLabel('Số điện thoại người nộp').fill('0912345678');
    await citizen.getByRole('button', { name: 'Tra cứu' }).click();
    const error = citizen.getByTestId('lookup-error');
    await error.waitFor();

    expect(await error.textContent()).toContain('Không tìm thấy hồ sơ');
  });

  it('should show a call on the hall display as it happens, without reloading', async () => {
    const board = await open({ width: 1920, height: 1080 });
    await board.goto(`${system.gatewayUrl}/man-hinh`);
    await board.getByTestId('board-live').filter({ hasText: 'Đang cập nhật trực tiếp' }).waitFor();
    const reception = await system.login('reception');
    const services = await system.request<TicketServiceListV1>('GET', '/public/v1/queue/services');
    const counter = services.body.items.find((service) => service.key === SO_TU_PHAP)?.counters[1] ?? 0;
    const ticket = await system.request<TicketV1>('POST', '/public/v1/queue/tickets', {
      body: { serviceKey: SO_TU_PHAP },
    });

    await system.request('POST', `/api/v1/counters/${counter}/call-next`, { token: reception });
    const latest = board.getByTestId('board-latest');
    await latest.filter({ hasText: ticket.body.number }).waitFor();
    await shoot(board, '10-display-board');

    expect(await latest.textContent()).toContain(String(counter));
  });

  it('should let an admin announce reference data again, open a procedure, see the calendar and switch to English', async () => {
    const page = await open();
    await logIn(page, 'admin');
    await page.goto(`${system.gatewayUrl}/catalog`);
    await page.getByRole('button', { name: 'Phát lại dữ liệu danh mục' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Phát lại dữ liệu danh mục' }).click();
    const republished = page.getByText(/Đã gửi lại \d+ đơn vị, \d+ phiên bản thủ tục/);
    await republished.waitFor();
    await page.getByPlaceholder('Nhập tên hoặc mã thủ tục').fill('2.000488');
    await page.getByPlaceholder('Nhập tên hoặc mã thủ tục').press('Enter');
    await page.getByRole('cell', { name: '2.000488' }).click();
    await page.getByRole('button', { name: 'Sửa (phiên bản mới)' }).waitFor();
    await shoot(page, '11-catalog-procedure');
    await page.goto(`${system.gatewayUrl}/calendar`);
    await page.getByText('Tết Dương lịch').first().waitFor();
    await page.getByRole('button', { name: 'Tính', exact: true }).click();
    await page.getByText('Bắt đầu tính từ').waitFor();
    await shoot(page, '12-calendar');

    await page.getByText('EN', { exact: true }).click();

    await page.getByRole('heading', { name: 'Working calendar' }).waitFor();
    expect(await page.locator('.ant-menu-item').allTextContents()).toEqual(
      expect.arrayContaining(['Dossier reception', 'Procedure catalog']),
    );
    await shoot(page, '13-calendar-english');
  });
});
