import { z } from 'zod';
import { cleanText } from './vi-text.ts';

/** A bilingual zod message: `{ error: msg(vi, en) }`; the validator splits it per request. */
export const BILINGUAL_SEPARATOR = '\u001f';
export const msg = (vi: string, en: string) => `${vi}${BILINGUAL_SEPARATOR}${en}`;

/** Free text: trimmed, spaces collapsed, NFC; required unless wrapped in optional. */
export const text = (max = 500) => z.string().transform(cleanText).pipe(z.string().min(1).max(max));

/** Optional free text: empty or blank becomes null. */
export const optionalText = (max = 500) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().max(max))
    .transform((v) => (v === '' ? null : v))
    .nullish()
    .transform((v) => v ?? null);

/** ISO calendar date `YYYY-MM-DD`. */
export const isoDate = () => z.iso.date();
export const optionalIsoDate = () =>
  z
    .union([z.iso.date(), z.literal('')])
    .nullish()
    .transform((v) => (v ? v : null));

export const version = () => z.number().int().min(1);

/** `a <= b` for optional ISO dates, as a refinement with a bilingual message. */
export const datesInOrder = (from: string | null | undefined, to: string | null | undefined) => !from || !to || from <= to;

/** `?version=N` on DELETE requests. */
export const VersionQuerySchema = z.object({ version: z.coerce.number().int().min(1) });
