import type {
  AssignmentRuleV1,
  CourierUnitListV1,
  ProcessV1,
  ReceiptSeriesListV1,
  TemplateListV1,
} from '@motcua/contracts';
import { TestSystem, waitFor } from '@motcua/testing';
import type { Page } from 'playwright-core';
import { StaffBrowser } from './support/staff-browser';

const SO_TU_PHAP = '000.00.20.H41';
// Karaoke licences (Sở Văn hóa): a demo procedure nobody gave an internal process.
const ON_DEFAULT = '9.800007';
const RECEIVED_SMS = 'intake.dossier.received.v1';

/**
 * The configuration pages in a real browser against the whole running system: notification templates,
 * internal processes, assignment rules, receipt series and postal contact points, each saved through the UI
 * and read back from the API, with screenshots in the suite's artifacts.
 */
describe('Web UI: configuration pages (templates, processes, assignment rules, receipt series, contact points)', () => {
  let system: TestSystem;
  let staff: StaffBrowser;
  let adminToken: string;
  const open = () => staff.open();
  const shoot = (page: Page, name: string) => staff.shoot(page, name);
  const logIn = (page: Page, username: string) => staff.logIn(page, username);
  const openFromMenu = async (page: Page, item: string, heading: string) => {
    await page.locator('.ant-menu-item', { hasText: item }).click();
    await page.getByRole('heading', { name: heading }).waitFor();
  };
  const chooseInSelect = async (page: Page, select: ReturnType<Page['locator']>, text: string) => {
    await select.click();
    await page.keyboard.type(text);
    await page.locator('.ant-select-item-option-active:visible').waitFor();
    await page.keyboard.press('Enter');
  };
  const errorUnder = (page: Page, label: string) =>
    page
      .locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) })
      .locator('.ant-form-item-explain-error');

  beforeAll(async () => {
    system = await TestSystem.start('web-config');
    staff = await StaffBrowser.launch(system);
    adminToken = await system.login('admin');
  }, 180_000);

  afterAll(async () => {
    await staff?.close();
    await system?.stop();
  });

  it('should show the admin every configuration page in the menu', async () => {
    const page = await open();

    await logIn(page, 'admin');

    const menu = await page.locator('.ant-menu-item').allTextContents();
    expect(menu).toEqual(
      expect.arrayContaining([
        'Mẫu thông báo',
        'Quy trình nội bộ',
        'Cách giao việc',
        'Ký hiệu biên lai',
        'Đầu mối giao nhận',
      ]),
    );
  });

  it('should refuse an unknown placeholder under the text, preview a template with its SMS length both ways, and save a new version', async () => {
    const page = await open();
    await logIn(page, 'admin');
    await openFromMenu(page, 'Mẫu thông báo', 'Mẫu thông báo');
    await page.locator('.ant-segmented-item', { hasText: 'SMS' }).click();
    await page.locator('tr', { hasText: RECEIVED_SMS }).waitFor();
    await shoot(page, 'config-01-templates');
    await page.locator('tr', { hasText: RECEIVED_SMS }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByTestId('template-version').waitFor();

    await drawer.getByLabel('Nội dung').fill('Hồ sơ {{code}} đã tiếp nhận, cán bộ {{tenCanBo}}');
    await drawer.getByRole('button', { name: 'Xem trước' }).click();
    await errorUnder(page, 'Nội dung').waitFor();
    const refusal = await errorUnder(page, 'Nội dung').textContent();
    await shoot(page, 'config-02-template-unknown-placeholder');
    await drawer
      .getByLabel('Nội dung')
      .fill('Trung tâm đã tiếp nhận hồ sơ {{code}}.{{#if dueDate}} Hẹn trả: {{dueDate}}.{{/if}}');
    await drawer.getByRole('button', { name: 'Xem trước' }).click();
    await drawer.getByTestId('preview-other').waitFor();
    const sent = await drawer.getByTestId('preview-sent').textContent();
    const other = await drawer.getByTestId('preview-other').textContent();
    await shoot(page, 'config-03-template-preview');
    await drawer.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await page.getByText('Đã lưu mẫu, phiên bản 2').waitFor();
    await page.locator('tr', { hasText: RECEIVED_SMS }).click();
    await drawer.getByText('Các phiên bản (2)').click();
    await drawer.getByText('nội dung gốc của hệ thống').waitFor();
    await drawer.getByRole('button', { name: 'Dùng lại nội dung này' }).click();
    const reused = await drawer.getByLabel('Nội dung').inputValue();
    await shoot(page, 'config-03b-template-versions');

    expect(refusal).toContain('{{tenCanBo}}');
    expect(reused).toContain('đã tiếp nhận hồ sơ {{code}} ngày {{receivedDate}}');
    expect(sent).toContain('Trung tâm đã tiếp nhận hồ sơ');
    expect(sent).not.toContain('{{');
    expect(sent).toContain('UCS-2');
    expect(other).toContain('Trung tam da tiep nhan ho so');
    expect(other).toContain('GSM');
    const templates = await system.request<TemplateListV1>('GET', '/api/v1/notification-templates', {
      token: adminToken,
    });
    expect(
      templates.body.items.find(
        (item) => item.eventType === RECEIVED_SMS && item.channel === 'sms' && item.audience === 'citizen',
      ),
    ).toMatchObject({ version: 2, body: expect.stringContaining('{{#if dueDate}}') });
  });

  it('should show the server’s problem with an unreachable step, then publish a valid process for a procedure on the default one', async () => {
    const page = await open();
    await logIn(page, 'admin');
    await openFromMenu(page, 'Quy trình nội bộ', 'Quy trình nội bộ');
    await page.getByTestId('default-processes').locator('tr.ant-table-row').first().waitFor();
    await shoot(page, 'config-04-processes-defaults');
    await page.getByTestId('procedure-picker').click();
    await page.keyboard.type(ON_DEFAULT);
    await page.locator('.ant-select-item-option', { hasText: ON_DEFAULT }).click();
    await page.getByTestId('on-default').waitFor();
    await page.getByRole('button', { name: 'Định nghĩa phiên bản mới' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByRole('button', { name: 'Thêm bước' }).click();
    const second = drawer.getByTestId('step-1');
    await second.getByLabel('Mã bước').fill('tham-dinh-lai');
    await second.getByLabel('Tên bước').fill('Thẩm định lại');
    await chooseInSelect(page, second.locator('.ant-select').first(), 'Sở Tư pháp');

    await drawer.getByRole('button', { name: 'Kiểm tra' }).click();
    await drawer.getByTestId('process-check').waitFor();
    const problem = await drawer.getByTestId('process-check').textContent();
    await shoot(page, 'config-05-process-invalid');
    await second.getByRole('button', { name: 'Xóa dòng' }).click();
    await drawer.getByRole('button', { name: 'Kiểm tra' }).click();
    await drawer.getByText('Quy trình hợp lệ, có thể công bố').waitFor();
    await shoot(page, 'config-06-process-valid');
    await drawer.getByRole('button', { name: 'Công bố' }).click();
    await page.getByText('Đã công bố quy trình, phiên bản 1').waitFor();
    await page.getByTestId('process-steps').waitFor();
    await shoot(page, 'config-07-process-published');

    expect(problem).toContain('Thẩm định lại');
    expect(problem).toContain('không thể đến được');
    expect(await page.getByTestId('on-default').count()).toBe(0);
    const process = await system.request<ProcessV1>('GET', `/api/v1/processes/${ON_DEFAULT}`, {
      token: adminToken,
    });
    expect(process.body.isDefault).toBe(false);
    expect(process.body.versions.at(-1)?.definition.steps).toHaveLength(1);
  });

  it("should let a unit lead give their unit's new dossiers to an officer in turn", async () => {
    const page = await open();
    await logIn(page, 'unit_lead');
    await openFromMenu(page, 'Cách giao việc', 'Cách giao việc');
    await page.getByText('Vào hàng chờ của đơn vị').waitFor();

    await page.getByText('Giao lần lượt cho cán bộ').click();
    await page.getByRole('checkbox', { name: /Trần Văn Chuyên Viên/ }).check();
    await shoot(page, 'config-08-assignment-rule');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu cách giao việc').waitFor();

    const [rule, officer] = await Promise.all([
      system.request<AssignmentRuleV1>('GET', `/api/v1/work/units/${SO_TU_PHAP}/assignment-rule`, {
        token: adminToken,
      }),
      system.request<{ id: string }>('GET', '/api/v1/auth/me', { token: await system.login('officer') }),
    ]);
    const admin = await open();
    await logIn(admin, 'admin');
    await openFromMenu(admin, 'Cách giao việc', 'Cách giao việc');
    await chooseInSelect(admin, admin.getByTestId('unit-select'), 'Sở Tư pháp');
    const chosen = admin.getByRole('checkbox', { name: /Trần Văn Chuyên Viên/ });
    await chosen.waitFor();
    await admin.keyboard.press('Escape');
    await shoot(admin, 'config-09-assignment-rule-admin');

    expect(rule.body).toEqual({ unitCode: SO_TU_PHAP, rule: 'round_robin', officerIds: [officer.body.id] });
    expect(await chosen.isChecked()).toBe(true);
    expect(await admin.getByRole('checkbox', { name: /Lê Văn Lãnh Đạo/ }).isChecked()).toBe(false);
  });

  it('should refuse a wrong tax code under its field, create a receipt series numbered from 1 and cancel it', async () => {
    const page = await open();
    await logIn(page, 'admin');
    await openFromMenu(page, 'Ký hiệu biên lai', 'Ký hiệu biên lai');
    await page.getByTestId('next-number').first().waitFor();
    await page.getByRole('button', { name: 'Thêm ký hiệu biên lai' }).click();
    const modal = page.locator('.ant-modal');
    await chooseInSelect(page, modal.getByTestId('series-unit'), 'Sở Tư pháp');
    await modal.getByLabel('Ký hiệu mẫu').fill('01BLP0-002');
    await modal.getByLabel('Ký hiệu biên lai').fill('tp-27e');
    await modal.getByLabel('Năm').fill('2027');
    await modal.getByLabel('Mã số thuế').fill('123');

    await modal.getByRole('button', { name: 'Tạo' }).click();
    await errorUnder(page, 'Mã số thuế').waitFor();
    await shoot(page, 'config-10-series-refused');
    await modal.getByLabel('Mã số thuế').fill('2900325526');
    await modal.getByRole('button', { name: 'Tạo' }).click();
    const row = page.locator('tr', { hasText: 'TP-27E' });
    await row.waitFor();
    await shoot(page, 'config-11-series-created');

    const nextNumber = await row.getByTestId('next-number').textContent();
    await row.getByRole('button', { name: 'Hủy ký hiệu' }).click();
    await modal.getByLabel('Lý do').fill('Đăng ký nhầm ký hiệu');
    await modal.getByRole('button', { name: 'Hủy ký hiệu' }).click();
    await row.getByText('Đã hủy').waitFor();
    await shoot(page, 'config-12-series-cancelled');

    expect(nextNumber).toBe('0000001');
    const series = await system.request<ReceiptSeriesListV1>('GET', '/api/v1/receipt-series?year=2027', {
      token: adminToken,
    });
    expect(series.body.items).toEqual([
      expect.objectContaining({
        unitCode: SO_TU_PHAP,
        templateSymbol: '01BLP0-002',
        seriesSymbol: 'TP-27E',
        taxCode: '2900325526',
        lastNumber: 0,
        isActive: false,
        cancelReason: 'Đăng ký nhầm ký hiệu',
      }),
    ]);
  });

  it('should list units without a contact point first and save one after a wrong phone is refused', async () => {
    const listUnits = async () =>
      (await system.request<CourierUnitListV1>('GET', '/api/v1/courier/units', { token: adminToken })).body
        .items;
    const before = await waitFor(
      async () => {
        const items = await listUnits();
        return items.some((unit) => unit.code === SO_TU_PHAP) && items;
      },
      { description: 'courier knows the units' },
    );
    const missing = before.filter((unit) => !unit.hasContactPoint).length;
    const page = await open();
    await logIn(page, 'admin');
    await openFromMenu(page, 'Đầu mối giao nhận', 'Đầu mối giao nhận');
    await page.getByText(`${missing} đơn vị chưa có đầu mối giao nhận`).waitFor();
    await shoot(page, 'config-13-contact-points');

    await page.getByTestId(`edit-${SO_TU_PHAP}`).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByLabel('Họ và tên').fill('Nguyễn Văn Văn Thư');
    await drawer.getByLabel('Số điện thoại').fill('12345');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await errorUnder(page, 'Số điện thoại').waitFor();
    await shoot(page, 'config-14-contact-point-refused');
    await drawer.getByLabel('Số điện thoại').fill('0238 3844 555');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu đầu mối giao nhận').waitFor();
    // The unit now has a contact point: it leaves the top of the list for the last page.
    await page.getByText(`${missing - 1} đơn vị chưa có đầu mối giao nhận`).waitFor();
    await page.locator('.ant-pagination-item').last().click();
    await page.locator('tr', { hasText: 'Nguyễn Văn Văn Thư' }).waitFor();
    await shoot(page, 'config-15-contact-point-saved');

    expect((await listUnits()).find((unit) => unit.code === SO_TU_PHAP)).toMatchObject({
      hasContactPoint: true,
      contactPoints: [
        expect.objectContaining({
          fullName: 'Nguyễn Văn Văn Thư',
          phone: '02383844555',
          hours: expect.any(String),
        }),
      ],
    });
  });
});
