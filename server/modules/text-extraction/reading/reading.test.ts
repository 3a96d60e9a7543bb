import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lib/app-error.ts';
import { TINY_PDF } from '../../../test/factories.ts';
import { docxOf, pdfWithoutText, pdfWithText, zipOf } from '../../../test/text-files.ts';
import { decodeXmlEntities, documentXmlToText } from './docx.ts';
import { isReadError, normaliseText, readTextFile, readTextFiles, sniffBytes } from './index.ts';

const VI = 'Ban Dân vận Tỉnh ủy triển khai Chỉ thị số 19 ngày 10.1.2018 của Ban Bí thư';

const utf16le = (s: string, bom = true) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] as number;
    be[i + 1] = le[i] as number;
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
};

describe('plain text files', () => {
  it.each([
    ['UTF-8 without a BOM', Buffer.from(VI, 'utf8')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VI, 'utf8')])],
    ['UTF-16 LE with a BOM', utf16le(VI)],
    ['UTF-16 BE with a BOM', utf16be(VI)],
    ['UTF-16 LE without a BOM', utf16le(VI, false)],
    ['UTF-8 in decomposed form (NFD)', Buffer.from(VI.normalize('NFD'), 'utf8')],
  ])('reads %s as the same NFC text', async (_what, bytes) => {
    await expect(readTextFile('bai-viet.txt', bytes)).resolves.toEqual({ kind: 'txt', text: VI });
  });

  it('keeps line breaks as "\\n" and trims the ends', async () => {
    const r = await readTextFile('a.txt', Buffer.from('\r\n  Dòng một\r\nDòng hai\rDòng ba\n\n', 'utf8'));
    expect(r.text).toBe('Dòng một\nDòng hai\nDòng ba');
  });

  it('refuses a legacy Vietnamese encoding with a hint instead of reading mojibake', async () => {
    // "Dân vận" in TCVN3 (ABC): single bytes above 0x7f that are not valid UTF-8.
    const tcvn3 = Buffer.from([0x44, 0xb8, 0x6e, 0x20, 0x76, 0xd6, 0x6e]);
    await expect(readTextFile('cu.txt', tcvn3)).rejects.toThrow(/UTF-8/u);
    const [outcome] = await readTextFiles('cu.txt', tcvn3);
    expect(outcome && isReadError(outcome) && outcome.error.vi).toMatch(/TCVN3, VNI hoặc Windows-1258/u);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), /rỗng/u],
    ['blank lines only', Buffer.from(' \n\n \t', 'utf8'), /rỗng/u],
    ['binary data', Buffer.from([0x41, 0x00, 0x01, 0x02, 0x42, 0x43, 0x00, 0x9f, 0x10]), /không phải là văn bản|UTF-8/u],
    ['an old Word file', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]), /\.doc/u],
    ['a JPEG photo', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100)]), /OCR/u],
    ['a saved web page', Buffer.from('<!DOCTYPE html><html><body>Tin tức</body></html>', 'utf8'), /HTML/u],
    ['an RTF file', Buffer.from('{\\rtf1\\ansi Hello}', 'latin1'), /RTF/u],
  ])('refuses %s with a clear Vietnamese message', async (_what, bytes, message) => {
    const error = await readTextFile('tep.txt', bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION_FAILED');
    expect((error as AppError).text.vi).toMatch(message);
    expect((error as AppError).text.vi).toContain('tep.txt');
    expect((error as AppError).details.fields?.file).toBeDefined();
  });
});

describe('Word files (.docx)', () => {
  it('reads paragraphs as lines, tabs, breaks and entities, leaving deleted text and field codes out', async () => {
    const extra =
      '<w:p><w:r><w:t>Trước</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>sau &amp; “trích” &lt;1&gt; &#7893; &#x1EE7;</w:t></w:r></w:p>' +
      '<w:p><w:del><w:r><w:delText>đã xóa</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>còn</w:t></w:r></w:p><w:p/>' +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ô một</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Ô hai</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    const bytes = await docxOf(['Kết luận số 03 ngày 13.5.2016', 'Số\t03-KL/TW'], extra);
    const r = await readTextFile('ket-luan.docx', bytes);
    expect(r.kind).toBe('docx');
    expect(r.text).toBe('Kết luận số 03 ngày 13.5.2016\nSố\t03-KL/TW\nTrước\nsau & “trích” <1> ổ ủ\ncòn\n\nÔ một\nÔ hai');
  });

  it('decodes XML entities and leaves unknown ones alone', () => {
    expect(decodeXmlEntities('a &lt;b&gt; &amp;amp; &quot;c&quot; &apos;d&apos; &#65;&#x42; &bogus; &#0;')).toBe('a <b> &amp; "c" \'d\' AB &bogus; &#0;');
  });

  it('reads a document body in linear time, whatever its tags', () => {
    const xml = `<w:body>${'<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(50_000)}</w:body>`;
    const started = performance.now();
    expect(documentXmlToText(xml).length).toBe(2 * 50_000 - 1);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('tells a .docx by its content, whatever its name', async () => {
    const bytes = await docxOf(['Nội dung thật']);
    expect(sniffBytes(bytes)).toBe('zip');
    await expect(readTextFile('ten-gia.pdf', bytes)).resolves.toEqual({ kind: 'docx', text: 'Nội dung thật' });
  });
});

describe('PDF files', () => {
  it('reads the text layer page after page', async () => {
    const bytes = pdfWithText([
      ['Ban Dan van Tinh uy', 'Chi thi so 19 ngay 10/01/2018 cua Ban Bi thu'],
      ['Trang hai (ket luan 03)'],
    ]);
    const r = await readTextFile('bao-cao.pdf', bytes);
    expect(r.kind).toBe('pdf');
    expect(r.text).toBe('Ban Dan van Tinh uy\nChi thi so 19 ngay 10/01/2018 cua Ban Bi thu\n\nTrang hai (ket luan 03)');
  });

  it.each([
    ['a scanned page (an image, no text layer)', pdfWithoutText()],
    ['an empty page', TINY_PDF],
  ])('says clearly that %s needs OCR', async (_what, bytes) => {
    const error = (await readTextFile('scan.pdf', bytes).catch((e: unknown) => e)) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.text.vi).toBe('Tệp "scan.pdf": Tệp PDF không có lớp chữ (ảnh quét) — cần nhận dạng chữ (OCR) trước khi nhập.');
    expect(error.text.en).toMatch(/no text layer/u);
  });

  it('refuses a damaged PDF', async () => {
    const error = (await readTextFile('hong.pdf', Buffer.from('%PDF-1.7\nnot really a pdf at all', 'latin1')).catch((e: unknown) => e)) as AppError;
    expect(error.text.vi).toMatch(/Không đọc được tệp PDF/u);
  });

  it('tells a PDF by its content, whatever its name', async () => {
    await expect(readTextFile('ghi-chu.txt', pdfWithText([['Hello']]))).resolves.toEqual({ kind: 'pdf', text: 'Hello' });
  });
});

describe('zip archives of many files', () => {
  it('reads every entry, names it "archive/entry", skips folders, __MACOSX and hidden files, and reports the bad ones', async () => {
    const zip = await zipOf({
      'bai-1.txt': 'Bài một: Chỉ thị số 19',
      'thu-muc/': '',
      'thu-muc/bai-2.docx': await docxOf(['Bài hai']),
      'thu-muc/bai-3.pdf': pdfWithText([['Bai ba']]),
      'anh-quet.pdf': pdfWithoutText(),
      'anh.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(20)]),
      '__MACOSX/._bai-1.txt': 'rác',
      '.DS_Store': 'rác',
      'long-nhau.zip': await zipOf({ 'x.txt': 'x' }),
    });
    const outcomes = await readTextFiles('lo-bai.zip', zip);
    expect(outcomes.map((o) => o.name)).toEqual([
      'lo-bai.zip/anh-quet.pdf',
      'lo-bai.zip/anh.png',
      'lo-bai.zip/bai-1.txt',
      'lo-bai.zip/long-nhau.zip',
      'lo-bai.zip/thu-muc/bai-2.docx',
      'lo-bai.zip/thu-muc/bai-3.pdf',
    ]);
    const byName = Object.fromEntries(outcomes.map((o) => [o.name.split('/').pop(), isReadError(o) ? `error: ${o.error.vi}` : `${o.kind}: ${o.text}`]));
    expect(byName).toEqual({
      'anh-quet.pdf': expect.stringMatching(/^error: Tệp PDF không có lớp chữ/u),
      'anh.png': expect.stringMatching(/^error: Tệp ảnh/u),
      'bai-1.txt': 'txt: Bài một: Chỉ thị số 19',
      'long-nhau.zip': expect.stringMatching(/^error: Tệp nén lồng/u),
      'bai-2.docx': 'docx: Bài hai',
      'bai-3.pdf': 'pdf: Bai ba',
    });
  });

  it('refuses an archive with nothing to read, and a damaged one', async () => {
    const [empty] = await readTextFiles('rong.zip', await zipOf({ 'thu-muc/': '', '__MACOSX/._a': 'x' }));
    expect(empty && isReadError(empty) && empty.error.vi).toMatch(/không chứa tệp/u);
    const [broken] = await readTextFiles('hong.zip', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40, 7)]));
    expect(broken && isReadError(broken) && broken.error.vi).toMatch(/Không mở được tệp nén/u);
  });

  it('readTextFile refuses an archive of several texts (it reads one)', async () => {
    await expect(readTextFile('lo.zip', await zipOf({ 'a.txt': 'a', 'b.txt': 'b' }))).rejects.toThrow(/archive of several texts/u);
  });
});

describe('the normal form of a text', () => {
  it('is NFC with "\\n" line breaks, no BOM, trimmed', () => {
    expect(normaliseText('\uFEFF  Ho\u0300a Bi\u0300nh\r\n\r\nxong  ')).toBe('Hòa Bình\n\nxong');
  });
});
