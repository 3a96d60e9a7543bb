import { z } from 'zod';

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const toPage = <T>(items: T[], total: number, q: { page: number; pageSize: number }): Page<T> => ({
  items,
  total,
  page: q.page,
  pageSize: q.pageSize,
});
