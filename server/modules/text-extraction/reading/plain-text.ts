import type { Bilingual } from '../../../lib/app-error.ts';

/** Either the decoded text or why the bytes are not a text file. */
export type Decoded = { ok: true; text: string } | { ok: false; error: Bilingual };

const fail = (vi: string, en: string): Decoded => ({ ok: false, error: { vi, en } });

/** UTF-16 without a BOM: most bytes of one parity are zero (Vietnamese and ASCII text alike). */
function utf16WithoutBom(bytes: Uint8Array): 'le' | 'be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'be';
  return null;
}

const swapBytes = (bytes: Uint8Array): Uint8Array => {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] as number;
    out[i + 1] = bytes[i] as number;
  }
  return out;
};

/**
 * Decode a plain-text file: UTF-8 with or without a BOM, UTF-16 LE/BE by its
 * BOM (or, without one, by its zero bytes). Legacy Vietnamese encodings
 * (TCVN3, VNI, Windows-1258) are not valid UTF-8 and are refused with a hint,
 * rather than read as mojibake.
 */
export function decodePlainText(bytes: Uint8Array): Decoded {
  let text: string;
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16le', { fatal: true }).decode(swapBytes(bytes.subarray(2)));
    else {
      const utf16 = utf16WithoutBom(bytes);
      if (utf16 === 'le') text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
      else if (utf16 === 'be') text = new TextDecoder('utf-16le', { fatal: true }).decode(swapBytes(bytes));
      else text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
  } catch {
    return fail(
      'Tệp văn bản không ở mã UTF-8 (có thể là mã TCVN3, VNI hoặc Windows-1258). Hãy mở tệp và lưu lại với mã UTF-8 (Unicode) rồi nhập lại.',
      'The text file is not UTF-8 (it may be TCVN3, VNI or Windows-1258). Open it, save it as UTF-8 (Unicode) and import it again.',
    );
  }
  if (text.includes('\u0000')) return fail('Tệp không phải là văn bản (có dữ liệu nhị phân).', 'The file is not text (it holds binary data).');
  return { ok: true, text };
}
