import { TestSystem, waitFor } from '@motcua/testing';
import type { Page } from 'playwright-core';
import { StaffBrowser } from './support/staff-browser';
import {
  deadLetterValidDossierReceived,
  isAssigned,
  publishInvalidDossierReceived,
} from './support/dead-letters';

const SO_TU_PHAP = '000.00.20.H41';
// What the page's `document.getAnimations()` gives (the suite compiles without the DOM library).
interface PageAnimations {
  document: {
    getAnimations(): { playState: string; effect: { getTiming(): { iterations?: number } } | null }[];
  };
}
// Run in the page: true once modals and popovers finished opening or closing (spinners never end).
const isSettled = () =>
  (globalThis as unknown as PageAnimations).document
    .getAnimations()
    .every(
      (animation) =>
        animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity,
    );

/**
 * The admin's pages in a real browser against the running system: staff accounts, department clients and dead
 * letters, with a screenshot of each page in the suite's artifacts.
 */
describe('Web UI: administration of people and dead letters', () => {
  let system: TestSystem;
  let staff: StaffBrowser;
  const open = () => staff.open();
  const shoot = async (page: Page, name: string) => {
    await page.waitForFunction(isSettled);
    await staff.shoot(page, name);
  };
  const submitLogin = (page: Page, username: string, password: string) =>
    staff.submitLogin(page, username, password);
  const logInAsAdmin = (page: Page) => staff.logIn(page, 'admin');
  const chooseInSelect = async (page: Page, testId: string, text: string) => {
    await page.getByTestId(testId).click();
    await page.keyboard.type(text);
    await page.locator('.ant-select-item-option-active:visible').waitFor();
    await page.keyboard.press('Enter');
  };
  const confirmPopover = (page: Page, name: string) =>
    page.locator('.ant-popconfirm').getByRole('button', { name }).click();

  beforeAll(async () => {
    system = await TestSystem.start('web-admin', { services: ['gateway', 'intake', 'routing'] });
    staff = await StaffBrowser.launch(system);
  }, 180_000);

  afterAll(async () => {
    await staff?.close();
    await system?.stop();
  });

  it('should let an admin create an officer who logs in, then disable them so their login is refused', async () => {
    const admin = await open();
    await logInAsAdmin(admin);
    const menu = await admin.locator('.ant-menu-item').allTextContents();
    expect(menu).toEqual(expect.arrayContaining(['Người dùng', 'Ứng dụng đơn vị', 'Tin nhắn lỗi']));
    await admin.getByRole('link', { name: 'Người dùng' }).click();
    await admin.getByRole('heading', { name: 'Người dùng' }).waitFor();
    await admin.locator('tr', { hasText: 'Quản Trị Hệ Thống' }).waitFor();
    await shoot(admin, 'admin-01-users');

    await admin.getByRole('button', { name: 'Thêm người dùng' }).click();
    const editor = admin.locator('.ant-modal');
    await editor.getByLabel('Tên đăng nhập').fill('chuyenvien.moi');
    await editor.getByLabel('Họ và tên').fill('Lý Thị Chuyên Viên');
    await chooseInSelect(admin, 'roles-select', 'Chuyên viên');
    await editor.locator('.ant-modal-title').click();
    await editor.getByRole('button', { name: 'Lưu' }).click();
    await editor.getByText('Vui lòng nhập đơn vị').waitFor();
    await chooseInSelect(admin, 'unit-select', SO_TU_PHAP);
    await shoot(admin, 'admin-02-user-editor');
    await editor.getByRole('button', { name: 'Lưu' }).click();
    const shown = admin.getByTestId('generated-password');
    await shown.waitFor();
    const password = ((await shown.textContent()) ?? '').trim();
    await shoot(admin, 'admin-03-user-password-once');
    await admin.getByRole('button', { name: 'Tôi đã ghi lại mật khẩu' }).click();
    const row = admin.locator('tr', { hasText: 'chuyenvien.moi' });
    await row.getByText('Đang hoạt động').waitFor();

    const officer = await open();
    await submitLogin(officer, 'chuyenvien.moi', password);
    await officer.getByTestId('current-user').filter({ hasText: 'Lý Thị Chuyên Viên' }).waitFor();
    await shoot(officer, 'admin-04-new-officer-home');

    await row.getByRole('button', { name: 'Khóa' }).click();
    await confirmPopover(admin, 'Khóa');
    await row.getByText('Đã khóa').waitFor();
    await shoot(admin, 'admin-05-user-disabled');
    const refused = await open();
    await submitLogin(refused, 'chuyenvien.moi', password);
    await refused.locator('.ant-alert-error').waitFor();
    await shoot(refused, 'admin-06-disabled-login-refused');

    expect(password).toHaveLength(16);
    expect(await refused.locator('.ant-alert-error').textContent()).toContain(
      'Tên đăng nhập hoặc mật khẩu không đúng',
    );
    expect(
      await admin
        .locator('tr', { hasText: 'Quản Trị Hệ Thống' })
        .getByRole('button', { name: 'Khóa' })
        .isDisabled(),
    ).toBe(true);
  });

  it('should let an admin add a role, enable a user again and set a password they then log in with', async () => {
    const token = await system.login('admin');
    const created = await system.request<{ user: { id: string } }>('POST', '/api/v1/users', {
      token,
      body: {
        username: 'thuphi.moi',
        fullName: 'Đinh Văn Thu Phí',
        roles: ['cashier'],
        password: 'mat-khau-ban-dau',
      },
    });
    await system.request('POST', `/api/v1/users/${created.body.user.id}/disable`, { token });
    const admin = await open();
    await logInAsAdmin(admin);
    await admin.goto(`${system.gatewayUrl}/admin/users`);
    await admin.getByPlaceholder('Tên đăng nhập hoặc họ tên').fill('dinh van thu phi');
    await admin.keyboard.press('Enter');
    const row = admin.locator('tr', { hasText: 'thuphi.moi' });
    await row.getByText('Đã khóa').waitFor();

    await row.getByRole('button', { name: 'Sửa' }).click();
    const editor = admin.locator('.ant-modal');
    await chooseInSelect(admin, 'roles-select', 'Cán bộ tiếp nhận');
    await editor.locator('.ant-modal-title').click();
    await editor.getByRole('button', { name: 'Lưu' }).click();
    await row.getByText('Cán bộ tiếp nhận').waitFor();
    await row.getByRole('button', { name: 'Mở khóa' }).click();
    await row.getByText('Đang hoạt động').waitFor();
    await row.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await admin.locator('.ant-modal').getByLabel('Mật khẩu').fill('ngan');
    await admin.locator('.ant-modal').getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await admin.getByText('Mật khẩu phải có ít nhất 10 ký tự').waitFor();
    await shoot(admin, 'admin-11-password-reset');
    await admin.locator('.ant-modal').getByLabel('Mật khẩu').fill('mat-khau-moi-dat');
    await admin.locator('.ant-modal').getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await admin.getByText('Đã đặt mật khẩu mới cho thuphi.moi').waitFor();

    const clerk = await open();
    await submitLogin(clerk, 'thuphi.moi', 'mat-khau-moi-dat');
    await clerk.getByTestId('current-user').filter({ hasText: 'Đinh Văn Thu Phí' }).waitFor();
    const roles = await clerk.locator('header .ant-tag').allTextContents();
    expect(roles).toEqual(['Cán bộ thu phí', 'Cán bộ tiếp nhận']);
  });

  it('should let an admin register a department client and show its secret once', async () => {
    const admin = await open();
    await logInAsAdmin(admin);
    await admin.goto(`${system.gatewayUrl}/admin/api-clients`);
    await admin.locator('tr', { hasText: 'demo-so-tu-phap' }).waitFor();

    await admin.getByRole('button', { name: 'Đăng ký ứng dụng' }).click();
    const editor = admin.locator('.ant-modal');
    await editor.getByLabel('Mã ứng dụng').fill('so-tp-hscv');
    await editor.getByLabel('Tên ứng dụng').fill('Phần mềm quản lý văn bản và hồ sơ công việc Sở Tư pháp');
    await chooseInSelect(admin, 'client-unit-select', SO_TU_PHAP);
    await editor.getByRole('button', { name: 'Đăng ký ứng dụng' }).click();
    const shown = admin.getByTestId('client-secret');
    await shown.waitFor();
    const secret = ((await shown.textContent()) ?? '').trim();
    await shoot(admin, 'admin-07-client-secret-once');
    await admin.getByRole('button', { name: 'Tôi đã lưu khóa bí mật' }).click();
    await admin.locator('tr', { hasText: 'so-tp-hscv' }).getByText('Đang hoạt động').waitFor();
    await shoot(admin, 'admin-08-clients');
    await admin.reload();
    await admin.locator('tr', { hasText: 'so-tp-hscv' }).waitFor();

    const token = await system.request<{ actor: { kind: string; unitCode: string } }>(
      'POST',
      '/api/v1/auth/token',
      { body: { clientId: 'so-tp-hscv', clientSecret: secret } },
    );
    expect(token.status).toBe(200);
    expect(token.body.actor).toMatchObject({ kind: 'client', unitCode: SO_TU_PHAP });
    expect(await admin.content()).not.toContain(secret);
    expect(await admin.getByTestId('client-secret').count()).toBe(0);
  });

  it('should let an admin see a dead letter with its reason and replay it into the service', async () => {
    const invalid = await publishInvalidDossierReceived(system);
    const stuck = await deadLetterValidDossierReceived(system, '000.00.20.H41-261128-9201');
    const admin = await open();
    await logInAsAdmin(admin);
    await admin.goto(`${system.gatewayUrl}/admin/dead-letters`);
    await admin.getByTestId('dead-letter-services').getByText('Luân chuyển, xử lý').click();
    const invalidRow = admin.locator(`tr[data-row-key="${invalid.id}"]`);
    await waitFor(
      async () => {
        await admin.getByRole('button', { name: 'Làm mới' }).click();
        return (await invalidRow.count()) === 1;
      },
      { description: 'the refused event on the page', intervalMs: 500 },
    );
    const stuckRow = admin.locator(`tr[data-row-key="${stuck.id}"]`);
    await invalidRow.locator('.ant-table-row-expand-icon').click();
    await admin
      .locator('li')
      .filter({ hasText: /^code code là bắt buộc$/ })
      .waitFor();
    await shoot(admin, 'admin-09-dead-letters');

    await stuckRow.getByRole('button', { name: 'Gửi lại' }).click();
    await admin.getByText('Đã gửi lại 1 tin nhắn').waitFor();
    await stuckRow.waitFor({ state: 'detached' });
    await shoot(admin, 'admin-10-dead-letter-replayed');

    expect(await invalidRow.getByText('Dữ liệu không hợp lệ').count()).toBe(1);
    await waitFor(() => isAssigned(system, stuck.payload.dossierId), {
      description: 'routing assigned the replayed dossier',
    });
  });
});
