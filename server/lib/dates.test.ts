import { describe, expect, it } from 'vitest';
import { formatInstant, formatIsoDate, todayInVietnam } from './dates.ts';

describe('dates in Vietnam time', () => {
  it('formats ISO dates as dd/mm/yyyy', () => {
    expect(formatIsoDate('2016-05-13')).toBe('13/05/2016');
  });

  it('renders an instant in Asia/Ho_Chi_Minh although tests run in UTC', () => {
    expect(process.env.TZ).toBe('UTC');
    expect(formatInstant('2024-01-19T18:30:00Z')).toBe('20/01/2024 01:30');
  });

  it('takes today in Vietnam, which is tomorrow in UTC after 17:00', () => {
    expect(todayInVietnam(new Date('2024-12-31T17:05:00Z'))).toBe('2025-01-01');
    expect(todayInVietnam(new Date('2024-12-31T16:55:00Z'))).toBe('2024-12-31');
  });
});
