import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../server/db/seed/index.ts';
import { launchBrowser, newPage, signInAs } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('every demo role signs in through the browser', () => {
  it.each(DEMO_ACCOUNTS.map((a) => [a.username, a.roleLabel] as const))('%s (%s)', async (username, roleLabel) => {
    const page = await newPage(browser);
    await signInAs(page, username, DEMO_PASSWORD);
    await page.getByTestId('user-menu').click();
    await expect(page.getByText(roleLabel, { exact: false }).first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('refuses a wrong password with a Vietnamese message', async () => {
    const page = await newPage(browser);
    await page.goto('/login');
    await page.getByLabel('Tên đăng nhập').fill('chuyenvien.tinh');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    await page.context().close();
  });
});
