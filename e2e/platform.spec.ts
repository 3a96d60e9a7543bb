/**
 * Issue 2's journey: the province specialist creates a commune and a person
 * with a position, finds both in the tree and in the audit log; a user of
 * another district opening that commune by URL gets "not found".
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, signInAs } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const COMMUNE = 'Đảng ủy xã Long Khánh';
const PERSON = 'Trần Thị Ngọc Hân';
const TITLE = 'Bí thư Đảng ủy xã';

async function expandTreeNode(page: Page, name: string) {
  const item = page.getByTestId('unit-tree').getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) }).last();
  await item.getByRole('button', { name: 'Mở rộng' }).first().click();
}

describe('units and people, scoped by district', () => {
  let communeUrl = '';

  it('the province specialist creates a commune and a person with a position', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'chuyenvien.tinh');
    await page.getByRole('link', { name: 'Đơn vị', exact: true }).click();
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Trực thuộc' }).fill('Huyện ủy Bến Cầu');
    await page.getByRole('option', { name: /^Huyện ủy Bến Cầu/u }).first().click();
    await dialog.getByLabel('Tên đơn vị').fill(COMMUNE);
    await dialog.getByRole('combobox', { name: /^Loại/u }).selectOption('party_committee');
    await dialog.getByRole('combobox', { name: /^Cấp/u }).selectOption('commune');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { name: COMMUNE }).waitFor();
    communeUrl = new URL(page.url()).pathname;
    expect(communeUrl).toMatch(/^\/units\/[0-9a-f-]{36}$/u);

    await page.getByRole('link', { name: 'Thêm cán bộ' }).click();
    const personDialog = page.getByRole('dialog');
    await personDialog.getByLabel('Họ và tên').fill(PERSON);
    await personDialog.getByLabel('Chức vụ').fill(TITLE);
    await personDialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { name: PERSON }).waitFor();
    await expect(page.getByText(TITLE).first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: COMMUNE }).first().isVisible()).resolves.toBe(true);

    // Both in the tree…
    await page.goto('/units');
    await expandTreeNode(page, 'Huyện ủy Bến Cầu');
    await page.getByTestId('unit-tree').getByRole('link', { name: COMMUNE, exact: true }).waitFor();

    // …and in the audit log.
    await page.getByRole('link', { name: 'Nhật ký thay đổi' }).click();
    const audit = page.getByTestId('audit-table');
    await audit.getByText(COMMUNE).first().waitFor();
    await audit.getByText(PERSON).first().waitFor();
    await page.context().close();
  });

  it('the commune appears in the search without diacritics', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'chuyenvien.bencau');
    await page.goto('/units');
    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('dang uy xa long khanh');
    await page.getByRole('main').getByRole('link', { name: COMMUNE }).last().waitFor();
    await page.context().close();
  });

  it('a user of another district opening that commune by URL gets "not found"', async () => {
    expect(communeUrl).not.toBe('');
    const page = await newPage(browser);
    await signInAs(page, 'chuyenvien.hoathanh');
    await page.goto(communeUrl);
    await page.getByText('Không tìm thấy').first().waitFor();
    await expect(page.getByText(COMMUNE).count()).resolves.toBe(0);
    await page.context().close();
  });

  it('works on a phone: the menu opens from the burger', async () => {
    const page = await newPage(browser, { width: 390, height: 844 });
    await signInAs(page, 'lanhdao.tinh');
    await page.getByRole('button', { name: 'Mở menu' }).click();
    await page.getByRole('link', { name: 'Cán bộ', exact: true }).click();
    await page.getByRole('heading', { name: 'Cán bộ' }).first().waitFor();
    await page.context().close();
  });
});
