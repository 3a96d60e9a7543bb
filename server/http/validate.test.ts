import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../lib/app-error.ts';
import { parseOrThrow } from './validate.ts';

const Schema = z.object({
  name: z.string().trim().min(1),
  birthYear: z.number().int().min(1900),
  email: z.email().optional(),
});

describe('validation errors', () => {
  it('names every bad field, in Vietnamese and English', () => {
    let caught: unknown;
    try {
      parseOrThrow(Schema, { name: '', birthYear: 1800, email: 'x' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AppError);
    const err = caught as AppError;
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(err.details.fields ?? {}).sort()).toEqual(['birthYear', 'email', 'name']);
    expect(err.text.vi).toContain('Tên — Bắt buộc nhập.');
    expect(err.text.vi).toContain('Năm sinh — Không được nhỏ hơn 1900.');
    expect(err.text.vi).toContain('Thư điện tử');
    expect(err.text.en).toContain('Birth year');
  });

  it('reports a missing field as required', () => {
    try {
      parseOrThrow(Schema, { name: 'A' });
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).text.vi).toBe('Dữ liệu chưa hợp lệ: Năm sinh — Bắt buộc nhập.');
    }
  });
});
