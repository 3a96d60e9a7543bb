import { createRequire } from 'node:module';
import path from 'node:path';
import type { Bilingual } from '../../../lib/app-error.ts';

export type PdfText = { ok: true; text: string; pages: number } | { ok: false; error: Bilingual };

export const NO_TEXT_LAYER: Bilingual = {
  vi: 'Tệp PDF không có lớp chữ (ảnh quét) — cần nhận dạng chữ (OCR) trước khi nhập.',
  en: 'The PDF has no text layer (a scanned image) — run text recognition (OCR) on it before importing.',
};

let standardFonts: string | undefined;
/** pdf.js reads the metrics of the 14 standard fonts from its package; a folder path in Node. */
function standardFontDataUrl(): string {
  if (standardFonts) return standardFonts;
  const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  standardFonts = `${path.join(path.dirname(pkg), 'standard_fonts')}${path.sep}`;
  return standardFonts;
}

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

/**
 * The text layer of a PDF, page after page, through pdf.js (the legacy build,
 * which runs on Node 20). Lines end where pdf.js reports an end of line; pages
 * are separated by a blank line. A PDF whose pages hold no characters is a
 * scan and answers NO_TEXT_LAYER.
 */
export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  // Loaded on first use: the server starts without pdf.js in memory.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (and may detach) the buffer it gets: give it a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    standardFontDataUrl: standardFontDataUrl(),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items as TextItemLike[]) {
        if (typeof item.str === 'string') text += item.str;
        if (item.hasEOL) text += '\n';
      }
      pages.push(text.replace(/[ \t]+\n/gu, '\n').trimEnd());
      page.cleanup();
    }
    const text = pages.join('\n\n');
    if (text.replace(/\s+/gu, '') === '') return { ok: false, error: NO_TEXT_LAYER };
    return { ok: true, text, pages: doc.numPages };
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    if (name === 'PasswordException')
      return { ok: false, error: { vi: 'Tệp PDF có mật khẩu; hãy gỡ mật khẩu rồi nhập lại.', en: 'The PDF is password-protected; remove the password and import it again.' } };
    return { ok: false, error: { vi: 'Không đọc được tệp PDF (tệp hỏng hoặc không đúng định dạng).', en: 'The PDF could not be read (damaged or not a valid PDF).' } };
  } finally {
    await task.destroy();
  }
}
