/**
 * Turning uploaded files into text: .txt (UTF-8, UTF-16), .docx, .pdf with a
 * text layer, and .zip archives of those. The kind is decided from the bytes,
 * never from the name. No database and no HTTP here: the intake service and
 * the `extract` command line both use it.
 */
import JSZip from 'jszip';
import { AppError, type Bilingual } from '../../../lib/app-error.ts';
import { documentXmlToText } from './docx.ts';
import { readPdfText } from './pdf.ts';
import { decodePlainText } from './plain-text.ts';

export { NO_TEXT_LAYER } from './pdf.ts';

export const TEXT_FILE_KINDS = ['txt', 'docx', 'pdf'] as const;
export type TextFileKind = (typeof TEXT_FILE_KINDS)[number];

/** A text read from a file (or from one entry of a zip, named "archive.zip/entry.docx"). */
export interface ReadText {
  name: string;
  kind: TextFileKind;
  text: string;
}

export type ReadOutcome = ReadText | { name: string; error: Bilingual };
export const isReadError = (o: ReadOutcome): o is { name: string; error: Bilingual } => 'error' in o;

/** Limits on what a zip may unpack to: a small archive must not fill the memory. */
export const ZIP_LIMITS = { entries: 500, entryBytes: 20 * 1024 * 1024, totalBytes: 100 * 1024 * 1024 };

/**
 * The one normal form of an imported text: NFC, line breaks as "\n", no BOM,
 * no surrounding blank space. Its SHA-256 is the text's identity.
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/u, '')
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    .replaceAll('\u0000', '')
    .trim();
}

type Sniffed = 'pdf' | 'zip' | 'ole' | 'image' | 'rtf' | 'html' | 'text';

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/** What the bytes are: by their signature, never by the file name. */
export function sniffBytes(bytes: Uint8Array): Sniffed {
  // A PDF header may follow a little junk (ISO 32000-1, 7.5.2 tolerance in readers).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) ||
    (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
  )
    return 'image';
  const lead = head.replace(/^\uFEFF|^\xEF\xBB\xBF/u, '').trimStart().slice(0, 20).toLowerCase();
  if (lead.startsWith('{\\rtf')) return 'rtf';
  if (lead.startsWith('<!doctype html') || lead.startsWith('<html')) return 'html';
  return 'text';
}

const err = (vi: string, en: string): Bilingual => ({ vi, en });

const REFUSED: Record<Exclude<Sniffed, 'pdf' | 'zip' | 'text'>, Bilingual> = {
  ole: err(
    'Tệp Word/Excel dạng cũ (.doc, .xls) hoặc tệp Office có mật khẩu: hãy lưu thành .docx (không đặt mật khẩu) hoặc .txt rồi nhập lại.',
    'An old Word/Excel file (.doc, .xls) or a password-protected Office file: save it as .docx (without a password) or .txt and import it again.',
  ),
  image: err('Tệp ảnh: cần nhận dạng chữ (OCR) trước khi nhập, hoặc dán nội dung văn bản.', 'An image: run text recognition (OCR) first, or paste the text.'),
  rtf: err('Tệp RTF: hãy lưu thành .docx hoặc .txt rồi nhập lại.', 'An RTF file: save it as .docx or .txt and import it again.'),
  html: err(
    'Tệp trang web (HTML): hãy sao chép nội dung bài viết và dán vào ô “Dán văn bản”.',
    'A web page (HTML): copy the article’s text and paste it in “Paste text”.',
  ),
};

const EMPTY = err('Tệp rỗng hoặc không có chữ nào.', 'The file is empty or holds no text.');

/** Entries a zip carries that are nobody's document: folders, macOS forks, desktop files. */
function skippedEntry(name: string): boolean {
  const base = name.split('/').pop() ?? '';
  return name.startsWith('__MACOSX/') || base === '' || base.startsWith('.') || base === 'Thumbs.db' || base === 'desktop.ini';
}

const uncompressedSize = (entry: JSZip.JSZipObject): number | undefined =>
  // JSZip keeps the size from the central directory on a private field; read before inflating anything.
  (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;

async function readDocx(zip: JSZip): Promise<{ text: string } | { error: Bilingual }> {
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) return { error: err('Tệp .docx thiếu phần nội dung (word/document.xml).', 'The .docx has no body (word/document.xml).') };
  return { text: documentXmlToText(xml) };
}

function officeZipKind(zip: JSZip): 'docx' | Bilingual | null {
  if (zip.file('word/document.xml')) return 'docx';
  if (zip.file('xl/workbook.xml') || zip.file('ppt/presentation.xml'))
    return err('Tệp Excel/PowerPoint không được hỗ trợ: chỉ nhập .txt, .docx, .pdf.', 'Excel/PowerPoint files are not supported: import .txt, .docx or .pdf.');
  const mimetype = zip.file('mimetype');
  if (mimetype && !zip.file('[Content_Types].xml')) return err('Tệp OpenDocument (.odt): hãy lưu thành .docx rồi nhập lại.', 'An OpenDocument file (.odt): save it as .docx and import it again.');
  return null;
}

/** One file that is not a zip of many: its text, or why not. */
async function readSingle(name: string, bytes: Uint8Array, sniffed: Sniffed, zip?: JSZip): Promise<ReadOutcome> {
  if (bytes.length === 0) return { name, error: EMPTY };
  let kind: TextFileKind;
  let raw: string;
  if (sniffed === 'pdf') {
    const r = await readPdfText(bytes);
    if (!r.ok) return { name, error: r.error };
    kind = 'pdf';
    raw = r.text;
  } else if (sniffed === 'zip') {
    if (!zip) return { name, error: err('Tệp nén lồng trong tệp nén: hãy giải nén rồi nhập.', 'A zip inside a zip: unpack it and import the files.') };
    const r = await readDocx(zip);
    if ('error' in r) return { name, error: r.error };
    kind = 'docx';
    raw = r.text;
  } else if (sniffed === 'text') {
    const r = decodePlainText(bytes);
    if (!r.ok) return { name, error: r.error };
    kind = 'txt';
    raw = r.text;
  } else return { name, error: REFUSED[sniffed] };
  const text = normaliseText(raw);
  if (text === '') return { name, error: EMPTY };
  return { name, kind, text };
}

async function openZip(bytes: Uint8Array): Promise<JSZip | null> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    return null;
  }
}

const cleanName = (name: string) => name.normalize('NFC').replace(/\\/gu, '/').slice(0, 300) || 'tệp';

/**
 * Every text a file holds: one for a .txt, .docx or .pdf; one per entry for a
 * .zip of such files (folders, `__MACOSX` and hidden files skipped; entries
 * named "archive.zip/entry"). Unreadable entries come back with their error,
 * so one bad file does not sink the others.
 */
export async function readTextFiles(fileName: string, content: Uint8Array): Promise<ReadOutcome[]> {
  const name = cleanName(fileName);
  const sniffed = sniffBytes(content);
  if (sniffed !== 'zip') return [await readSingle(name, content, sniffed)];
  const zip = await openZip(content);
  if (!zip) return [{ name, error: err('Không mở được tệp nén (tệp hỏng hoặc không đúng định dạng .zip, .docx).', 'The archive could not be opened (damaged, or not a valid .zip or .docx).') }];
  const office = officeZipKind(zip);
  if (office === 'docx') return [await readSingle(name, content, 'zip', zip)];
  if (office) return [{ name, error: office }];
  const entries = Object.values(zip.files)
    .filter((e) => !e.dir && !skippedEntry(e.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (entries.length === 0) return [{ name, error: err('Tệp nén không chứa tệp .txt, .docx hoặc .pdf nào.', 'The archive holds no .txt, .docx or .pdf file.') }];
  if (entries.length > ZIP_LIMITS.entries)
    return [{ name, error: err(`Tệp nén có ${entries.length} tệp; tối đa ${ZIP_LIMITS.entries} tệp một lần.`, `The archive holds ${entries.length} files; at most ${ZIP_LIMITS.entries} at a time.`) }];
  const declared = entries.reduce((sum, e) => sum + (uncompressedSize(e) ?? 0), 0);
  if (declared > ZIP_LIMITS.totalBytes)
    return [
      {
        name,
        error: err(
          `Tệp nén giải nén ra quá lớn (${(declared / 1048576).toFixed(0)} MB); tối đa ${ZIP_LIMITS.totalBytes / 1048576} MB.`,
          `The archive unpacks to too much (${(declared / 1048576).toFixed(0)} MB); the limit is ${ZIP_LIMITS.totalBytes / 1048576} MB.`,
        ),
      },
    ];
  const out: ReadOutcome[] = [];
  for (const entry of entries) {
    const entryName = `${name}/${cleanName(entry.name)}`;
    if ((uncompressedSize(entry) ?? 0) > ZIP_LIMITS.entryBytes) {
      out.push({ name: entryName, error: err(`Tệp quá lớn; tối đa ${ZIP_LIMITS.entryBytes / 1048576} MB.`, `The file is too large; the limit is ${ZIP_LIMITS.entryBytes / 1048576} MB.`) });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await entry.async('uint8array');
    } catch {
      out.push({ name: entryName, error: err('Không giải nén được tệp này.', 'This entry could not be unpacked.') });
      continue;
    }
    const kind = sniffBytes(bytes);
    if (kind === 'zip') {
      const inner = await openZip(bytes);
      const innerOffice = inner ? officeZipKind(inner) : null;
      if (inner && innerOffice === 'docx') out.push(await readSingle(entryName, bytes, 'zip', inner));
      else if (innerOffice && innerOffice !== 'docx') out.push({ name: entryName, error: innerOffice });
      else out.push(await readSingle(entryName, bytes, 'zip'));
    } else out.push(await readSingle(entryName, bytes, kind));
  }
  return out;
}

/**
 * The text of one .txt, .docx or .pdf file; throws a 422 AppError naming the
 * file (field `file`) when it cannot be read — also for a .zip, which holds
 * many texts (use `readTextFiles`).
 */
export async function readTextFile(fileName: string, content: Uint8Array): Promise<{ text: string; kind: TextFileKind }> {
  const outcomes = await readTextFiles(fileName, content);
  const [only] = outcomes;
  if (outcomes.length !== 1 || !only || (only.name !== cleanName(fileName) && !isReadError(only))) {
    const m = err(`Tệp "${cleanName(fileName)}" là tệp nén chứa nhiều văn bản.`, `"${cleanName(fileName)}" is an archive of several texts.`);
    throw new AppError('VALIDATION_FAILED', m, { fields: { file: m } });
  }
  if (isReadError(only)) {
    const m = err(`Tệp "${only.name}": ${only.error.vi}`, `"${only.name}": ${only.error.en}`);
    throw new AppError('VALIDATION_FAILED', m, { fields: { file: m } });
  }
  return { text: only.text, kind: only.kind };
}
