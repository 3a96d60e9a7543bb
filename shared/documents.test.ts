import { describe, expect, it } from 'vitest';
import { fromRoman, toRoman } from './documents.ts';

describe('Party terms in Roman numerals', () => {
  it.each([
    [10, 'X'],
    [11, 'XI'],
    [12, 'XII'],
    [13, 'XIII'],
    [14, 'XIV'],
    [9, 'IX'],
    [4, 'IV'],
  ])('%i ↔ %s', (n, s) => {
    expect(toRoman(n)).toBe(s);
    expect(fromRoman(s)).toBe(n);
  });

  it('refuses malformed numerals', () => {
    expect(fromRoman('IIII')).toBeNull();
    expect(fromRoman('ABC')).toBeNull();
    expect(fromRoman('xii')).toBe(12);
  });
});
