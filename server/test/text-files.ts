import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

/** A PDF built object by object with a correct cross-reference table. */
function buildPdf(objects: string[]): Buffer {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const escapePdf = (s: string) => s.replace(/[\\()]/gu, (m) => `\\${m}`);

/**
 * A real PDF with a text layer: one page per entry of `pages`, each line a
 * Helvetica text object (WinAnsi, so ASCII text).
 */
export function pdfWithText(pages: string[][]): Buffer {
  const pageCount = pages.length;
  const font = 3 + pageCount * 2;
  const objects = ['<</Type/Catalog/Pages 2 0 R>>', `<</Type/Pages/Kids[${pages.map((_p, i) => `${3 + i * 2} 0 R`).join(' ')}]/Count ${pageCount}>>`];
  pages.forEach((lines, i) => {
    const stream = `BT /F1 11 Tf 14 TL 40 760 Td ${lines.map((l) => `(${escapePdf(l)}) Tj T*`).join(' ')} ET`;
    objects.push(`<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 ${font} 0 R>>>>/Contents ${4 + i * 2} 0 R>>`);
    objects.push(`<</Length ${stream.length}>>stream\n${stream}\nendstream`);
  });
  objects.push('<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>');
  return buildPdf(objects);
}

/** A scanned page: a PDF whose only content is an image, no text layer. */
export function pdfWithoutText(): Buffer {
  const stream = 'q 200 0 0 200 100 500 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \u00ff\u0080\u0040\u0000 EI Q';
  return buildPdf([
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>',
    `<</Length ${stream.length}>>stream\n${stream}\nendstream`,
  ]);
}

const xmlEscape = (s: string) => s.replace(/[<>&"]/gu, (m) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[m] ?? m);

/** A real .docx: one paragraph per line; a tab in a line becomes `<w:tab/>`. */
export async function docxOf(lines: string[], extraBodyXml = ''): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const paragraphs = lines
    .map((l) => `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>${l.split('\t').map((part, i) => `${i > 0 ? '<w:r><w:tab/></w:r>' : ''}<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${xmlEscape(part)}</w:t></w:r>`).join('')}</w:p>`)
    .join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}${extraBodyXml}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A .zip of the given entries (a name ending in "/" is a folder). */
export async function zipOf(entries: Record<string, Buffer | string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) {
    if (name.endsWith('/')) zip.folder(name);
    else zip.file(name, content);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Seed 003 (a provincial news article, 19/01/2021) as published, from the extraction corpus. */
export const SEED_003_TEXT = readFileSync(new URL('../../bench/extraction/seeds/003_6ff3ef6cd877eee6.txt', import.meta.url), 'utf8').trim();
