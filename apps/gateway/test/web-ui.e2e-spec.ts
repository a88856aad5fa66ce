import {
  DOSSIER_RESOLVED_V1,
  DOSSIER_SUPPLEMENT_REQUESTED_V1,
  ResolutionOutcome,
  Timeliness,
  type DossierRoutingV1,
  type DossierV1,
  type ProcessingReportV1,
  type ReportDossierListV1,
  type ShipmentV1,
  type TicketServiceListV1,
  type TicketV1,
} from '@motcua/contracts';
import { buildLookupUrl } from '@motcua/documents';
import { TestSystem, launchBrowser, receptionFor, waitFor } from '@motcua/testing';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

const SO_TU_PHAP = '000.00.20.H41';
const CENTER = '000.00.01.H41';
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
    await page.locator('.ant-select-item-option-active:visible').waitFor();
    await page.keyboard.press('Enter');
  };

  const statusOf = (id: string, status: string, token: string) =>
    waitFor(
      async () => {
        const view = await system.request<{ dossier: DossierV1 }>('GET', `/api/v1/dossiers/${id}`, { token });
        return view.body.dossier.status === status;
      },
      { description: `dossier ${id} ${status}` },
    );

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

  it('should take a ticket, call it, receive its dossier with a slip, collect its fee with a receipt, show it to staff and to the public', async () => {
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

    // The procedure asks its fee before processing: the cashier collects it and prints the receipt.
    const dossierId = await waitFor(
      async () => {
        const page = await system.request<{ items: DossierV1[] }>(
          'GET',
          `/api/v1/dossiers?q=${encodeURIComponent(code)}`,
          { token: await system.login('cashier') },
        );
        const found = page.body.items?.[0];
        if (!found) return null;
        const fees = await system.request('GET', `/api/v1/dossiers/${found.id}/fees`, {
          token: await system.login('cashier'),
        });
        return fees.status === 200 ? found.id : null;
      },
      { description: "fees' assessment of the new dossier" },
    );
    const cashier = await open();
    await logIn(cashier, 'cashier');
    await cashier.goto(`${system.gatewayUrl}/cashier`);
    await chooseInSelect(cashier, 'cashier-counter', 'Quầy 39 -');
    await cashier.getByPlaceholder('Mã hồ sơ, họ tên hoặc số điện thoại').fill(code);
    await cashier.getByPlaceholder('Mã hồ sơ, họ tên hoặc số điện thoại').press('Enter');
    await cashier.getByRole('cell', { name: code }).click();
    await cashier.getByTestId('fee-status').filter({ hasText: 'Chưa nộp' }).waitFor();
    await cashier.getByRole('button', { name: 'Thu tiền và xuất biên lai' }).click();
    await cashier.getByTestId('fee-status').filter({ hasText: 'Đã nộp đủ' }).waitFor();
    const receipt = cashier.waitForResponse((response) => /\/receipts\/[^/]+\/pdf/.test(response.url()));
    await cashier.getByRole('button', { name: 'In biên lai' }).first().click();
    const receiptResponse = await receipt;
    await shoot(cashier, '08-cashier-receipt');

    await clerk.getByRole('button', { name: 'Xem hồ sơ' }).click();
    await clerk.getByTestId('dossier-title').filter({ hasText: code }).waitFor();
    await waitFor(
      async () => {
        const status = await clerk.getByTestId('dossier-status').textContent();
        const shipped = (await clerk.getByText('Hồ sơ giấy đến đơn vị').count()) > 0;
        if ((await clerk.getByText('Thẩm định hồ sơ').count()) > 0 && status === 'Đang giải quyết' && shipped)
          return true;
        await clerk.reload();
        await clerk.getByTestId('dossier-title').waitFor();
        return false;
      },
      {
        timeoutMs: 20_000,
        intervalMs: 500,
        description: "routing's assignment, processing and courier's shipment on the dossier page",
      },
    );
    await shoot(clerk, '09-dossier-detail');

    const citizen = await open(PHONE_SCREEN);
    await citizen.goto(buildLookupUrl(system.env.MOTCUA_PUBLIC_BASE_URL, code));
    await citizen.getByLabel('Số điện thoại người nộp').fill('0912345678');
    await citizen.getByRole('button', { name: 'Tra cứu' }).click();
    const result = citizen.getByTestId('lookup-result');
    await result.waitFor();
    await shoot(citizen, '10-public-lookup-phone');

    expect(ticketNumber).toMatch(/^\d{4}$/);
    expect(code).toMatch(new RegExp(`^${SO_TU_PHAP.replace(/\./g, '\\.')}-\\d{6}-\\d{4}$`));
    expect(slipResponse.status()).toBe(200);
    expect(slipResponse.headers()['content-type']).toBe('application/pdf');
    expect(receiptResponse.status()).toBe(200);
    expect(receiptResponse.headers()['content-type']).toBe('application/pdf');
    expect(clerk.url()).toContain(dossierId);
    expect(await clerk.getByTestId('dossier-timeline').textContent()).toEqual(
      expect.stringContaining('Nộp phí, lệ phí 200.000 đ'),
    );
    expect(await clerk.getByTestId('dossier-timeline').textContent()).toContain('Tiếp nhận hồ sơ');
    expect(await citizen.getByLabel('Mã hồ sơ').inputValue()).toBe(code);
    expect(await result.textContent()).toContain('Đang giải quyết');
    expect(await result.textContent()).toContain('N***** V** A*');
  });

  it('should recall, skip and transfer tickets at a counter', async () => {
    const take = () =>
      system.request<TicketV1>('POST', '/public/v1/queue/tickets', { body: { serviceKey: SO_TU_PHAP } });
    const first = await take();
    const second = await take();
    const clerk = await open();
    await logIn(clerk, 'reception');
    await clerk.goto(`${system.gatewayUrl}/queue`);
    await chooseInSelect(clerk, 'counter-select', 'Quầy 12 -');
    const serving = clerk.getByTestId('serving-number');

    await clerk.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
    await serving.filter({ hasText: first.body.number }).waitFor();
    await clerk.getByRole('button', { name: 'Gọi lại' }).click();
    await clerk.getByText(`Đã gọi lại số ${first.body.number}`).waitFor();
    await clerk.getByRole('button', { name: 'Bỏ qua' }).click();
    await serving.waitFor({ state: 'detached' });
    await clerk.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
    await serving.filter({ hasText: second.body.number }).waitFor();
    await clerk.getByRole('button', { name: 'Chuyển quầy' }).click();
    await chooseInSelect(clerk, 'transfer-select', 'Quầy 11 -');
    await shoot(clerk, '15-queue-transfer');
    await clerk.locator('.ant-modal').getByRole('button', { name: 'Chuyển quầy' }).click();
    await clerk.getByText(`Đã chuyển số ${second.body.number} sang quầy 11`).waitFor();

    const reception = await system.login('reception');
    const atCounter11 = await system.request<{ ticket?: TicketV1 }>('POST', '/api/v1/counters/11/call-next', {
      token: reception,
    });
    const db = await system.db();
    try {
      const { rows } = await db.query('SELECT status FROM intake.tickets WHERE id = $1', [first.body.id]);
      expect(rows[0].status).toBe('skipped');
    } finally {
      await db.end();
    }
    expect(atCounter11.body.ticket?.id).toBe(second.body.id);
  });

  it('should give written guidance for an incomplete dossier and print form 02', async () => {
    const clerk = await open();
    await logIn(clerk, 'reception');
    await clerk.getByTestId('procedure-picker').click();
    await clerk.keyboard.type('2.000488');
    await clerk.locator('.ant-select-item-option', { hasText: '2.000488' }).click();
    await clerk.getByTestId('checklist').waitFor();
    await clerk.getByLabel('Họ và tên').fill('Trần Thị Bình');

    await clerk.getByRole('button', { name: 'Hướng dẫn bổ sung (mẫu 02)' }).click();
    const modal = clerk.locator('.ant-modal');
    await modal.getByLabel('Nội dung hướng dẫn').fill('Mang theo tờ khai có chữ ký và bản sao căn cước.');
    await shoot(clerk, '16-reception-guidance');
    await modal.getByRole('button', { name: 'Lập phiếu hướng dẫn' }).click();
    await clerk.getByText('Đã lập phiếu hướng dẫn bổ sung, hoàn thiện hồ sơ').waitFor();
    const slip = clerk.waitForResponse((response) => /\/receptions\/[^/]+\/slip\.pdf/.test(response.url()));
    await clerk.getByRole('button', { name: 'In phiếu hướng dẫn (mẫu 02)' }).click();
    const slipResponse = await slip;

    expect(slipResponse.status()).toBe(200);
    expect(slipResponse.headers()['content-type']).toBe('application/pdf');
    const db = await system.db();
    try {
      const { rows } = await db.query(
        "SELECT outcome, applicant->>'fullName' AS name FROM intake.reception_records ORDER BY recorded_at DESC LIMIT 1",
      );
      expect(rows[0]).toEqual({ outcome: 'incomplete', name: 'Trần Thị Bình' });
    } finally {
      await db.end();
    }
  });

  it('should withdraw a dossier from its page with the reason the applicant gives', async () => {
    const reception = await system.login('reception');
    const dossier = await system.request<{ id: string }>('POST', '/api/v1/dossiers', {
      token: reception,
      body: await receptionFor(system, reception, '2.000488'),
    });
    const clerk = await open();
    await logIn(clerk, 'reception');
    await clerk.goto(`${system.gatewayUrl}/dossiers/${dossier.body.id}`);

    await clerk.getByRole('button', { name: 'Rút hồ sơ' }).click();
    const modal = clerk.locator('.ant-modal');
    await modal.getByLabel('Lý do rút hồ sơ').fill('Công dân đề nghị rút để bổ sung giấy tờ khác');
    await modal.getByRole('button', { name: 'Rút hồ sơ' }).click();
    const status = clerk.getByTestId('dossier-status');
    await status.filter({ hasText: 'Công dân rút hồ sơ' }).waitFor();
    await shoot(clerk, '17-dossier-withdrawn');

    expect(await clerk.getByRole('button', { name: 'Rút hồ sơ' }).count()).toBe(0);
  });

  it('should find a dossier by phone, take its supplement in and hand its result over at the return counter', async () => {
    const reception = await system.login('reception');
    // A procedure without fees: processing starts at once.
    const body = await receptionFor(system, reception, '2.000908');
    const phone = '0987654321';
    const { body: dossier } = await system.request<DossierV1>('POST', '/api/v1/dossiers', {
      token: reception,
      body: { ...body, applicant: { ...body.applicant, fullName: 'Lê Thị Cúc', phone } },
    });
    await statusOf(dossier.id, 'processing', reception);
    // Routing's officer asks for a supplement and later resolves: published as routing publishes them.
    await system.publishEvent(
      DOSSIER_SUPPLEMENT_REQUESTED_V1,
      {
        dossierId: dossier.id,
        code: dossier.code,
        unitCode: dossier.handlingUnitCode,
        reason: 'Thiếu bản sao Căn cước công dân',
        documents: ['Bản sao Căn cước công dân'],
        requestedAt: new Date().toISOString(),
        closesAt: new Date(Date.now() + 15 * 86_400_000).toISOString(),
      },
      'routing',
    );
    await statusOf(dossier.id, 'supplement_requested', reception);
    const clerk = await open();
    await logIn(clerk, 'reception');

    await clerk.goto(`${system.gatewayUrl}/dossiers`);
    await clerk.getByPlaceholder('Mã hồ sơ, họ tên hoặc số điện thoại').fill(phone);
    await clerk.getByPlaceholder('Mã hồ sơ, họ tên hoặc số điện thoại').press('Enter');
    await clerk.getByRole('link', { name: dossier.code }).waitFor();
    await shoot(clerk, '18-dossier-list');
    await clerk.getByRole('link', { name: dossier.code }).click();
    await clerk.getByRole('button', { name: 'Nhận bổ sung' }).click();
    await clerk.locator('.ant-modal').getByRole('button', { name: 'Nhận bổ sung' }).click();
    await clerk.getByTestId('dossier-status').filter({ hasText: 'Đang giải quyết' }).waitFor();
    await system.publishEvent(
      DOSSIER_RESOLVED_V1,
      {
        dossierId: dossier.id,
        code: dossier.code,
        unitCode: dossier.handlingUnitCode,
        outcome: ResolutionOutcome.Approved,
        resultReference: 'LLTP-2026-000123',
        resolvedAt: new Date().toISOString(),
        confirmedAt: new Date().toISOString(),
        timeliness: Timeliness.Early,
        paperResult: false,
      },
      'routing',
    );
    await statusOf(dossier.id, 'resolved', reception);
    await clerk.goto(`${system.gatewayUrl}/return`);
    const row = clerk.getByRole('row').filter({ hasText: dossier.code });
    await row.waitFor();
    await shoot(clerk, '19-return-counter');
    await row.getByRole('button', { name: 'Trả kết quả' }).click();
    await clerk.locator('.ant-modal').getByRole('button', { name: 'Trả kết quả' }).click();
    await clerk.getByText(`Đã trả kết quả hồ sơ ${dossier.code}`).waitFor();

    const view = await system.request<{ dossier: DossierV1 }>('GET', `/api/v1/dossiers/${dossier.id}`, {
      token: reception,
    });
    expect(view.body.dossier).toMatchObject({ status: 'returned', returnedTo: 'Lê Thị Cúc' });
  });

  it('should show what waits for a contact point, then pack, seal and hand a paper dossier over to the post with a hand-over record', async () => {
    const desk = await open();
    await logIn(desk, 'postal');
    await desk.goto(`${system.gatewayUrl}/postal`);
    // The paper of the dossiers received so far waits for Sở Tư pháp to name a contact point.
    await desk.getByText('Bưu gửi chưa thể gửi đi').waitFor();
    await desk.getByText('Chờ đầu mối nhận').first().waitFor();
    const admin = await system.login('admin');
    const contact = { fullName: 'Trần Thị Hằng', phone: '02383844123', hours: '07:30–11:30, 13:30–16:30' };
    for (const unit of [SO_TU_PHAP, CENTER]) {
      await system.request('PUT', `/api/v1/courier/units/${unit}/contact-points`, {
        token: admin,
        body: { contactPoints: [contact] },
      });
    }
    const reception = await system.login('reception');
    const { body: dossier } = await system.request<DossierV1>('POST', '/api/v1/dossiers', {
      token: reception,
      body: await receptionFor(system, reception, '2.000488'),
    });
    const shipment = await waitFor(
      async () => {
        const list = await system.request<{ items: ShipmentV1[] }>(
          'GET',
          `/api/v1/courier/shipments?dossierId=${dossier.id}`,
          { token: reception },
        );
        return list.body.items?.find((item) => item.status === 'created') ?? null;
      },
      { description: 'the paper dossier shipment' },
    );
    await desk.reload();
    await desk.getByRole('cell', { name: shipment.trackingNumber }).waitFor();

    await desk.getByRole('button', { name: 'Chuẩn bị chuyến lấy' }).click();
    const packages = desk.getByTestId('pickup-packages');
    await packages.getByText(dossier.code).waitFor();
    const sealInputs = packages.getByLabel('Số niêm phong');
    for (let index = (await sealInputs.count()) - 1; index >= 0; index--) {
      await sealInputs.nth(index).fill(`NP-0930-${String(index + 1).padStart(4, '0')}`);
      await packages.getByRole('button', { name: 'Niêm phong' }).nth(index).click();
      await packages.getByText(`NP-0930-${String(index + 1).padStart(4, '0')}`).waitFor();
    }
    await desk.getByLabel('Nhân viên bưu điện nhận').fill('Phạm Quốc Việt');
    await desk.getByRole('button', { name: 'Bàn giao' }).click();
    await desk.getByText('Đã bàn giao cho Phạm Quốc Việt').waitFor();
    await shoot(desk, '20-postal-desk');
    const record = desk.waitForResponse((response) => response.url().includes('/record.pdf'));
    await desk.getByRole('button', { name: 'In biên bản giao nhận' }).click();
    const recordResponse = await record;

    expect(recordResponse.status()).toBe(200);
    expect(recordResponse.headers()['content-type']).toBe('application/pdf');
    const after = await system.request<ShipmentV1>('GET', `/api/v1/courier/shipments/${shipment.id}`, {
      token: reception,
    });
    expect(after.body.status).toBe('picked_up');
  });

  it("should show an officer their unit's notes in the inbox and mark them all read", async () => {
    const page = await open();
    await logIn(page, 'officer');
    await page.goto(`${system.gatewayUrl}/inbox`);
    await page.getByRole('link', { name: 'Xem hồ sơ' }).first().waitFor();
    await shoot(page, '21-inbox');

    await page.getByRole('button', { name: 'Đánh dấu đã đọc tất cả' }).click();
    await page.getByRole('button', { name: 'Đã đọc', exact: true }).first().waitFor({ state: 'detached' });

    const inbox = await system.request<{ unreadCount: number }>('GET', '/api/v1/inbox', {
      token: await system.login('officer'),
    });
    expect(inbox.body.unreadCount).toBe(0);
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
    await shoot(board, '11-display-board');

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
    await shoot(page, '12-catalog-procedure');
    await page.goto(`${system.gatewayUrl}/calendar`);
    await page.getByText('Tết Dương lịch').first().waitFor();
    await page.getByRole('button', { name: 'Tính', exact: true }).click();
    await page.getByText('Bắt đầu tính từ').waitFor();
    await shoot(page, '13-calendar');

    await page.getByText('EN', { exact: true }).click();

    await page.getByRole('heading', { name: 'Working calendar' }).waitFor();
    expect(await page.locator('.ant-menu-item').allTextContents()).toEqual(
      expect.arrayContaining(['Dossier reception', 'Procedure catalog']),
    );
    await shoot(page, '14-calendar-english');
  });

  it('should let an officer claim and resolve from the work queue, reload on a stale version, confirm in bulk, open the control slip, and show the manager the figures', async () => {
    const reception = await system.login('reception');
    const officerToken = await system.login('officer');
    const managerToken = await system.login('manager');
    const receive = async (fullName: string) => {
      const body = await receptionFor(system, reception, '2.000908');
      const { body: dossier } = await system.request<DossierV1>('POST', '/api/v1/dossiers', {
        token: reception,
        body: { ...body, applicant: { ...body.applicant, fullName } },
      });
      return dossier;
    };
    const routingOf = (id: string) =>
      waitFor(
        async () => {
          const answer = await system.request<DossierRoutingV1>('GET', `/api/v1/work/dossiers/${id}`, {
            token: officerToken,
          });
          return answer.status === 200 && answer.body.version !== undefined ? answer.body : null;
        },
        { description: `routing of ${id}` },
      );
    const first = await receive('Đặng Văn Bình');
    const second = await receive('Phan Thị Dung');
    await routingOf(first.id);
    const secondRouting = await routingOf(second.id);

    const officer = await open();
    await logIn(officer, 'officer');
    await officer.getByRole('heading', { name: 'Hồ sơ cần xử lý' }).waitFor();
    await officer.locator('.ant-segmented').getByText('Mới đến').click();
    await officer.getByRole('button', { name: first.code }).click();
    const drawer = officer.locator('.ant-drawer');
    await drawer.getByRole('button', { name: 'Nhận xử lý' }).click();
    await drawer.locator('.ant-timeline-item', { hasText: 'Nhận xử lý' }).waitFor();
    await drawer.getByRole('button', { name: 'Giải quyết xong' }).click();
    const resolveModal = officer.locator('.ant-modal');
    await chooseInSelect(officer, 'outcome-select', 'Chấp thuận');
    await resolveModal.getByLabel('Số, ký hiệu văn bản kết quả').fill('15/QĐ-STP');
    await resolveModal.getByRole('button', { name: 'Giải quyết xong' }).click();
    await drawer.getByTestId('routing-status').filter({ hasText: 'Đã giải quyết xong' }).waitFor();
    await shoot(officer, '30-work-resolved');
    const slipAnswer = officer.waitForResponse((answer) =>
      answer.url().endsWith(`/api/v1/dossiers/${first.id}/control-slip.pdf`),
    );
    await drawer.getByRole('button', { name: 'Phiếu kiểm soát (mẫu 05)' }).click();
    const slip = await slipAnswer;
    await drawer.locator('.ant-drawer-close').click();

    await officer.getByRole('button', { name: second.code }).click();
    await drawer.getByRole('button', { name: 'Nhận xử lý' }).waitFor();
    const claimedElsewhere = await system.request('POST', `/api/v1/work/dossiers/${second.id}/actions`, {
      token: officerToken,
      body: { action: 'claim', expectedVersion: secondRouting.version },
    });
    await drawer.getByRole('button', { name: 'Nhận xử lý' }).click();
    const staleWarning = officer.getByText('Người khác vừa xử lý hồ sơ này');
    await staleWarning.waitFor();
    await drawer.locator('.ant-timeline-item', { hasText: 'Nhận xử lý' }).waitFor();
    await shoot(officer, '31-work-stale-reloaded');
    await drawer.locator('.ant-drawer-close').click();
    await officer.locator('.ant-segmented').getByText('Tất cả').click();
    await officer.locator('tr', { hasText: second.code }).getByRole('checkbox').check();
    await officer.getByTestId('bulk-confirm').click();
    await officer.locator('.ant-modal').getByRole('button', { name: 'Xác nhận đã xử lý xong' }).click();
    await officer.getByText('Đã xác nhận xử lý xong 1 hồ sơ').waitFor();
    await shoot(officer, '32-work-confirmed');

    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const period = `from=${today.slice(0, 8)}01&to=${today}&groupBy=unit`;
    const report = await waitFor(
      async () => {
        const answer = await system.request<ProcessingReportV1>(
          'GET',
          `/api/v1/reports/processing?${period}`,
          {
            token: managerToken,
          },
        );
        const row = answer.body.rows.find((candidate) => candidate.key === SO_TU_PHAP);
        return row && row.resolvedEarly >= 2 ? row : null;
      },
      { description: 'both dossiers counted resolved early' },
    );
    const manager = await open();
    await logIn(manager, 'manager');
    await manager.getByRole('heading', { name: 'Bảng điều hành' }).waitFor();
    await manager.locator('.ant-segmented').getByText('Đơn vị').click();
    const row = manager.locator(`tr[data-row-key="${SO_TU_PHAP}"]`);
    await row.waitFor();
    await manager.getByTestId('report-chart').waitFor();
    await shoot(manager, '33-dashboard');
    const shownTotal = await row.locator('td:nth-child(2)').textContent();
    const shownEarly = await row.locator('td:nth-child(6)').textContent();
    await row.locator('td:nth-child(6)').getByRole('button').click();
    const listed = manager.locator('.ant-modal');
    await listed.getByRole('link', { name: first.code }).waitFor();
    await shoot(manager, '34-dashboard-dossiers');

    expect(slip.status()).toBe(200);
    expect(slip.headers()['content-type']).toContain('application/pdf');
    expect(claimedElsewhere.status).toBe(200);
    expect([shownTotal, shownEarly]).toEqual([String(report.total), String(report.resolvedEarly)]);
    expect(await listed.getByRole('link', { name: second.code }).count()).toBe(1);
    const confirmed = await system.request<DossierRoutingV1>('GET', `/api/v1/work/dossiers/${second.id}`, {
      token: officerToken,
    });
    expect(confirmed.body.status).toBe('resolved');
    const early = await system.request<ReportDossierListV1>(
      'GET',
      `/api/v1/reports/processing/dossiers?${period}&category=resolved_early&key=${SO_TU_PHAP}`,
      { token: managerToken },
    );
    expect(early.body.items.map((item) => item.code)).toEqual(
      expect.arrayContaining([first.code, second.code]),
    );
  });
});
