/**
 * Issue 3's journey: paste a citation, the fields fill, save, find it by typing
 * without diacritics; the 2021 review calendar lists the seeds' reviews.
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

async function openNewDocumentForm(page: Page) {
  await page.goto('/documents');
  await page.getByRole('button', { name: 'Đăng ký văn bản' }).click();
  return page.getByRole('dialog');
}

async function search(page: Page, text: string) {
  await page.goto('/documents');
  await page.getByRole('searchbox', { name: 'Tìm văn bản' }).fill(text);
}

describe('documents registry', () => {
  it('pastes a citation, the fields fill; the catalogue already has Kết luận 114, so saving links the existing record, found by "ket luan 114"', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'chuyenvien.tinh');
    const form = await openNewDocumentForm(page);
    await form.getByLabel('Dán trích dẫn').fill('Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư');
    await form.getByRole('button', { name: 'Điền từ trích dẫn' }).click();
    await expect(form.getByRole('textbox', { name: /^Số( \*)?$/u }).inputValue()).resolves.toBe('114');
    await expect(form.getByLabel('Ký hiệu').inputValue()).resolves.toBe('114-KL/TW');
    await expect(form.getByLabel('Ngày ban hành').inputValue()).resolves.toBe('14/07/2015');
    await expect(form.getByRole('combobox', { name: /^Loại văn bản/u }).inputValue()).resolves.toBe('Kết luận');
    await form.getByLabel('Trích yếu').fill('về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.getByText('đã có trong sổ').first().waitFor();
    await form.getByRole('link', { name: 'Mở văn bản đã có' }).click();
    await page.getByRole('heading', { name: /Kết luận số 114-KL\/TW/u }).waitFor();

    await search(page, 'ket luan 114');
    await page.getByRole('main').getByText(/Kết luận số 114-KL\/TW/u).first().waitFor();
    await page.context().close();
  });

  it('registers a new provincial plan from a pasted citation, saves it and finds it', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'chuyenvien.tinh');
    const form = await openNewDocumentForm(page);
    await form
      .getByLabel('Dán trích dẫn')
      .fill('Kế hoạch số 125-KH/TU ngày 20/01/2021 của Ban Thường vụ Tỉnh ủy Tây Ninh về thực hiện công tác dân vận năm 2021');
    await form.getByRole('button', { name: 'Điền từ trích dẫn' }).click();
    await expect(form.getByLabel('Trích yếu').inputValue()).resolves.toBe('thực hiện công tác dân vận năm 2021');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { name: /Kế hoạch số 125-KH\/TU/u }).waitFor();

    // Attach the plan's PDF; a text file dressed as .pdf is refused by its content.
    await page.getByTestId('attachment-input').setInputFiles({ name: 'gia-mao.pdf', mimeType: 'application/pdf', buffer: Buffer.from('không phải PDF') });
    await page.getByText(/không phải PDF hoặc DOCX/u).first().waitFor();
    await page.getByTestId('attachment-input').setInputFiles({ name: 'ke-hoach-125.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
    await page.getByRole('link', { name: /ke-hoach-125\.pdf/u }).first().waitFor();

    await search(page, 'ke hoach 125');
    await page.getByRole('main').getByText(/Kế hoạch số 125-KH\/TU/u).first().waitFor();
    await page.context().close();
  });

  it('the 2021 review calendar lists the seeds’ reviews', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'lanhdao.tinh');
    await page.goto('/reviews?year=2021');
    const calendar = page.getByTestId('review-calendar');
    for (const text of [/Kết luận số 03-KL\/TW/u, /Chỉ thị số 19-CT\/TW/u, /Kết luận số 08-KL\/TW/u]) await calendar.getByText(text).first().waitFor();
    await page.context().close();
  });
});
