/**
 * Issue 4's journey: the province specialist creates the 2024 programme with a
 * key task assigned to two districts; a district specialist reports 50%; the
 * province leader sees it on the dashboard; the district submits it; the
 * province leader verifies it; a user of a third district cannot see the task.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINY_PDF } from '../server/test/factories.ts';
import { launchBrowser, newPage, signInAs } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const TITLE = 'Triển khai Kết luận 114 về công tác dân vận của cơ quan nhà nước';

async function pickUnits(page: Page, dialog: ReturnType<Page['getByRole']>, label: string, names: string[]) {
  for (const name of names) {
    const input = dialog.getByLabel(label);
    await input.click();
    await input.fill(name);
    await page.getByRole('option', { name: new RegExp(name, 'u') }).first().click();
  }
  await page.keyboard.press('Tab');
}

describe('work programmes and tasks', () => {
  let districtTaskPath = '';
  let parentPath = '';

  it('the province specialist creates the 2024 programme with a key task assigned to two districts', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'chuyenvien.tinh');
    await page.getByRole('link', { name: 'Chương trình công tác' }).click();
    await page.getByRole('button', { name: 'Tạo chương trình' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Năm').fill('2024');
    await dialog.getByRole('button', { name: 'Tạo chương trình' }).click();
    await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/u);

    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    const task = page.getByRole('dialog');
    await task.getByLabel('Tên nhiệm vụ').fill(TITLE);
    await task.getByLabel('Hạn hoàn thành').fill('30/06/2024');
    await task.getByLabel('Nhiệm vụ trọng tâm').check();
    await task.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    await task.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: /Kết luận 114/u }).first().click();
    await page.waitForURL(/\/tasks\/[0-9a-f-]{36}$/u);
    parentPath = new URL(page.url()).pathname;

    await page.getByRole('button', { name: 'Giao xuống cấp dưới' }).click();
    const assign = page.getByRole('dialog');
    await pickUnits(page, assign, 'Giao cho các đơn vị', ['Thị ủy Hòa Thành', 'Huyện ủy Bến Cầu']);
    await assign.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await assign.waitFor({ state: 'hidden' });
    const children = page.getByTestId('task-children');
    await children.getByText('Thị ủy Hòa Thành').first().waitFor();
    await children.getByText('Huyện ủy Bến Cầu').first().waitFor();
    await page.context().close();
  });

  it('a district specialist reports 50%, the leader sees it on the dashboard', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'chuyenvien.hoathanh');
    await page.goto('/tasks?view=unit');
    await page.getByTestId('task-list').getByRole('link', { name: /Kết luận 114/u }).first().click();
    await page.waitForURL(/\/tasks\/[0-9a-f-]{36}$/u);
    districtTaskPath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
    const report = page.getByRole('dialog');
    await report.getByLabel('Tiến độ (%)').fill('50');
    await report.getByLabel('Nội dung').fill('Đã tổ chức hội nghị quán triệt ở 4/8 xã.');
    await report.locator('input[type="file"]').setInputFiles({ name: 'bien-ban-hoi-nghi.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
    await report.getByRole('button', { name: 'Báo cáo', exact: true }).click();
    await report.waitFor({ state: 'hidden' });
    await page.getByTestId('task-reports').getByText('50%').first().waitFor();
    // The evidence went up after the report and is offered for download.
    const evidence = page.getByTestId('task-reports').getByRole('link', { name: 'bien-ban-hoi-nghi.pdf' });
    await evidence.waitFor();
    expect(await evidence.getAttribute('href')).toMatch(/\/api\/tasks\/[0-9a-f-]{36}\/reports\/[0-9a-f-]{36}\/files\/[0-9a-f]{64}$/u);
    await page.context().close();

    const leader = await newPage(browser);
    await signInAs(leader, 'lanhdao.tinh');
    await leader.goto(parentPath);
    // The parent shows the district's 50% rolled up: (50 + 0) / 2 = 25%.
    await leader.getByText('25%').first().waitFor();
    await leader.goto('/dashboard?year=2024');
    const table = leader.getByTestId('deadline-table');
    await table.getByText('Thị ủy Hòa Thành').first().waitFor();
    await leader.context().close();
  });

  it('the district submits, the leader verifies; a third district cannot see the task', async () => {
    expect(districtTaskPath).not.toBe('');
    const page = await newPage(browser);
    await signInAs(page, 'chuyenvien.hoathanh');
    await page.goto(districtTaskPath);
    await page.getByRole('button', { name: 'Gửi kết quả' }).click();
    await page.getByText('Chờ thẩm định').first().waitFor();
    await page.context().close();

    const leader = await newPage(browser);
    await signInAs(leader, 'lanhdao.tinh');
    await leader.goto(districtTaskPath);
    await leader.getByRole('button', { name: 'Thẩm định: Đạt' }).click();
    await leader.getByText('Hoàn thành (đạt)').first().waitFor();
    await leader.context().close();

    const third = await newPage(browser);
    await signInAs(third, 'chuyenvien.godau');
    for (const path of [districtTaskPath, parentPath]) {
      await third.goto(path);
      await third.getByText('Không tìm thấy').first().waitFor();
    }
    await third.goto('/tasks');
    await expect(third.getByText(/Kết luận 114/u).count()).resolves.toBe(0);
    await third.context().close();
  });
});
