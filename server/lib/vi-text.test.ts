import { describe, expect, it } from 'vitest';
import { cleanText, compareVietnamese, escapeLike, foldVietnamese, vietnameseSortKey } from './vi-text.ts';

describe('foldVietnamese', () => {
  it.each([
    ['Dân vận khéo', 'dan van kheo'],
    ['ĐẢNG ỦY XÃ', 'dang uy xa'],
    ['Kết luận 114', 'ket luan 114'],
    ['Hòa Thành', 'hoa thanh'],
    ['Hoà Thành', 'hoa thanh'],
    ['  Bến   Cầu ', 'ben cau'],
  ])('folds %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('folds NFD input the same as NFC', () => {
    expect(foldVietnamese('Dân vận'.normalize('NFD'))).toBe(foldVietnamese('Dân vận'));
  });
});

describe('cleanText', () => {
  it('normalises to NFC and collapses spaces', () => {
    const nfd = ' Tây   Ninh '.normalize('NFD');
    expect(cleanText(nfd)).toBe('Tây Ninh');
    expect(cleanText(nfd)).toBe(cleanText(nfd).normalize('NFC'));
  });
});

describe('Vietnamese collation', () => {
  it('orders by the Vietnamese alphabet, not by code point', () => {
    const names = ['Đức', 'Dung', 'Ân', 'An', 'Ơn', 'Ông', 'Bình', 'Ửng', 'Uyên', 'Ăn'];
    expect([...names].sort(compareVietnamese)).toEqual(['An', 'Ăn', 'Ân', 'Bình', 'Dung', 'Đức', 'Ông', 'Ơn', 'Uyên', 'Ửng']);
  });

  it('breaks ties by tone: ma, mà, mả, mã, má, mạ', () => {
    const words = ['mạ', 'má', 'mã', 'mả', 'mà', 'ma'];
    expect([...words].sort(compareVietnamese)).toEqual(['ma', 'mà', 'mả', 'mã', 'má', 'mạ']);
  });

  it('gives the same key to NFC and NFD forms', () => {
    expect(vietnameseSortKey('Thượng'.normalize('NFD'))).toBe(vietnameseSortKey('Thượng'));
  });
});

describe('escapeLike', () => {
  it('escapes wildcards', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
