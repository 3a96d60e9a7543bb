import { describe, expect, it } from 'vitest';
import { formatDate, parseVietnameseDate } from './format.ts';

describe('web date formatting', () => {
  it.each([
    ['13/5/2016', '2016-05-13'],
    ['13/05/2016', '2016-05-13'],
    ['10.1.2018', '2018-01-10'],
    ['10-01-2018', '2018-01-10'],
    ['31/02/2024', null],
    ['2024-01-10', null],
  ])('parses %s', (input, expected) => {
    expect(parseVietnameseDate(input)).toBe(expected);
  });

  it('formats ISO dates as dd/mm/yyyy', () => {
    expect(formatDate('2011-08-02')).toBe('02/08/2011');
    expect(formatDate(null)).toBe('');
  });
});
