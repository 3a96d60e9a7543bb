/**
 * Issue 5's intake journey: import the five seed articles as one batch and
 * watch the progress; review each, accept what it proposes (completing the one
 * new document the text leaves without an issuer); find the documents in the
 * registry; import the five again and nothing new is created.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, signInAs } from './browser.ts';

const SEEDS = path.resolve(import.meta.dirname, '../bench/extraction/seeds');
const seedFiles = () =>
  readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(SEEDS, f));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The registry's total, as its list footer says it ("Tổng số: 41 văn bản"). */
async function registryTotal(page: Page): Promise<number> {
  await page.goto('/documents');
  const footer = page.getByText(/^Tổng số: [\d.]+ văn bản$/u);
  await footer.waitFor();
  return Number((await footer.innerText()).replace(/\D/gu, ''));
}

async function findInRegistry(page: Page, query: string, citation: RegExp) {
  await page.goto('/documents');
  await page.getByRole('searchbox', { name: 'Tìm văn bản' }).fill(query);
  await page.getByTestId('document-list').getByText(citation).first().waitFor();
}

async function importBatch(page: Page, files: string[]) {
  await page.goto('/intake');
  await page.getByRole('tab', { name: 'Tải tệp' }).click();
  await page.getByTestId('intake-file-input').setInputFiles(files);
  const progress = page.getByTestId('intake-progress');
  await progress.waitFor();
  await expect(progress.getByRole('progressbar').count()).resolves.toBe(1);
  await progress.getByText(`Đã xử lý ${files.length}/${files.length} tệp.`).waitFor({ timeout: 60_000 });
  await expect(progress.getByRole('progressbar').getAttribute('aria-valuenow')).resolves.toBe('100');
  return page.getByTestId('intake-batch-result');
}

describe('text intake', () => {
  it('imports the five seeds as one batch, accepts what they propose, finds the documents in the registry; a second import creates nothing', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'chuyenvien.tinh');
    const files = seedFiles();
    expect(files).toHaveLength(5);
    const registryBefore = await registryTotal(page);

    const result = await importBatch(page, files);
    await expect(result.getByTestId('intake-batch-summary').innerText()).resolves.toBe('5 mới, 0 đã có');
    const links = result.getByRole('link', { name: 'Xem và duyệt' });
    await expect(links.count()).resolves.toBe(5);
    const reviewUrls: string[] = [];
    for (let i = 0; i < 5; i++) reviewUrls.push((await links.nth(i).getAttribute('href')) as string);

    for (const url of reviewUrls) {
      await page.goto(url);
      const proposals = page.getByTestId('proposals');
      await proposals.waitFor();
      await page.getByTestId('intake-text').waitFor();
      const scheme = proposals.getByTestId(/^proposal-document-/u).filter({ hasText: 'Đề án số 08' });
      if ((await scheme.count()) > 0) {
        // Seed 003: five documents the reference catalogue already holds, and Đề án 08, which the text gives no issuer for.
        await expect(proposals.getByText('Đã có trong sổ').count()).resolves.toBe(5);
        await expect(proposals.getByRole('link', { name: 'Mở văn bản đã có' }).count()).resolves.toBe(5);
        await page.getByTestId('intake-text').locator('mark[data-fact="document"]').first().waitFor();
        await scheme.getByRole('button', { name: 'Sửa' }).click();
        await scheme.getByLabel(/^Cơ quan ban hành/u).fill('Ban Thường vụ Tỉnh ủy');
        await scheme.getByRole('button', { name: 'Xong' }).click();
      }
      const acceptAll = page.getByTestId('accept-all');
      if (await acceptAll.isEnabled()) {
        await acceptAll.click();
        await page.getByText(/^Đã ghi \d+ văn bản/u).first().waitFor();
      }
      await page.getByText(/Văn bản đã được chấp nhận|mọi đề xuất đã có trong sổ/u).first().waitFor();
      if ((await scheme.count()) > 0) await expect(proposals.getByText('Đã có trong sổ').count()).resolves.toBe(6);
    }

    await findInRegistry(page, 'ket luan 03', /Kết luận số 03-KL\/TW, ngày 13\/05\/2016 của Ban Bí thư/u);
    await findInRegistry(page, 'chi thi 19', /Chỉ thị số 19-CT\/TW, ngày 10\/01\/2018 của Ban Bí thư/u);
    await findInRegistry(page, 'de an 08', /Đề án số 08, ngày 27\/03\/2020 của Ban Thường vụ Tỉnh ủy/u);
    const registryAfter = await registryTotal(page);
    // Only Đề án 08 was new: the other five were matched to the catalogue by identity.
    expect(registryAfter).toBe(registryBefore + 1);

    const again = await importBatch(page, files);
    await expect(again.getByTestId('intake-batch-summary').innerText()).resolves.toBe('0 mới, 5 đã có');
    await expect(again.locator('tr[data-outcome="duplicate"]').count()).resolves.toBe(5);
    expect(await registryTotal(page)).toBe(registryAfter);
    await page.context().close();
  });
});
