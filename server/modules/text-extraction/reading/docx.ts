const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decode the five XML entities and numeric character references. */
export function decodeXmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/gu, (m, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return safeCodePoint(Number.parseInt(ref.slice(2), 16)) ?? m;
    if (ref.startsWith('#')) return safeCodePoint(Number.parseInt(ref.slice(1), 10)) ?? m;
    return NAMED[ref] ?? m;
  });
}

const safeCodePoint = (n: number): string | null => (Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null);

/**
 * The text of a WordprocessingML body (`word/document.xml`): one line per
 * paragraph `<w:p>` (table cells are paragraphs too), the runs' `<w:t>` text,
 * `<w:tab/>` as a tab, `<w:br/>` / `<w:cr/>` as a line break. Deleted text
 * (`<w:delText>`) and field codes (`<w:instrText>`) are left out. One pass
 * over the tags with indexOf, so the work is linear in the size of the XML.
 */
export function documentXmlToText(xml: string): string {
  const lines: string[] = [];
  let line = '';
  let inText = false;
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    if (inText && lt > i) line += decodeXmlEntities(xml.slice(i, lt));
    const gt = xml.indexOf('>', lt);
    if (gt < 0) break;
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;
    const closing = tag.startsWith('/');
    const selfClosing = tag.endsWith('/');
    let end = closing ? 1 : 0;
    while (end < tag.length && !/[\s/]/u.test(tag[end] as string)) end++;
    const name = tag.slice(closing ? 1 : 0, end);
    switch (name) {
      case 'w:t':
        inText = !closing && !selfClosing;
        break;
      case 'w:tab':
        if (!closing) line += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (!closing) line += '\n';
        break;
      case 'w:noBreakHyphen':
        if (!closing) line += '-';
        break;
      case 'w:p':
        if (closing || selfClosing) {
          lines.push(line);
          line = '';
        }
        break;
      default:
        break;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
