/**
 * Vietnamese text helpers shared by server and web: NFC normalisation,
 * diacritic folding for search, and a sort key that orders by the
 * Vietnamese alphabet (a ă â b c d đ e ê … o ô ơ … u ư …) with tones as a
 * secondary difference, so plain `ORDER BY sort_key COLLATE "C"` gives
 * Vietnamese order on PGlite (no ICU) and PostgreSQL alike.
 */

/** Trim, collapse inner whitespace and NFC-normalise free text. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

const COMBINING = /[\u0300-\u036f]/gu;

/** Lower-case, strip every diacritic, đ → d: "Dân vận khéo" → "dan van kheo". */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

// Letters of the Vietnamese alphabet in order; the vowel-shape marks (breve,
// circumflex, horn) and đ make distinct letters, the five tone marks do not.
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const TONES: Record<string, string> = {
  '\u0300': '2', // huyền
  '\u0309': '3', // hỏi
  '\u0303': '4', // ngã
  '\u0301': '5', // sắc
  '\u0323': '6', // nặng
};
const SHAPE_MARKS = new Set(['\u0306', '\u0302', '\u031b']);

/**
 * Sort key: primary letters mapped to ordered code points, then a separator,
 * then one tone digit per letter. Non-letters keep their own code point.
 */
export function vietnameseSortKey(value: string): string {
  const decomposed = cleanText(value).toLowerCase().normalize('NFD');
  let primary = '';
  let tones = '';
  for (let i = 0; i < decomposed.length; i++) {
    const ch = decomposed[i] as string;
    if (/[\u0300-\u036f]/u.test(ch)) continue;
    let letter = ch;
    let tone = '1';
    // Gather the marks that follow this base character.
    let j = i + 1;
    while (j < decomposed.length && /[\u0300-\u036f]/u.test(decomposed[j] as string)) {
      const mark = decomposed[j] as string;
      if (SHAPE_MARKS.has(mark)) letter = (letter + mark).normalize('NFC');
      else if (TONES[mark]) tone = TONES[mark];
      j++;
    }
    const index = ALPHABET.indexOf(letter);
    if (index >= 0) {
      primary += String.fromCharCode(0x100 + index);
      tones += tone;
    } else if (ch === ' ') {
      primary += ' ';
    } else {
      primary += ch;
    }
  }
  return `${primary}\u0001${tones}`;
}

/** Comparison function for arrays sorted in JS. */
export const compareVietnamese = (a: string, b: string): number => {
  const ka = vietnameseSortKey(a);
  const kb = vietnameseSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

/** Escape `%`, `_` and `\` for a LIKE pattern. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/gu, (m) => `\\${m}`);
}
