/**
 * The text extractor's public surface: `extractFacts(text)` reads a
 * Vietnamese report or news text and returns the facts it states, each with
 * its offsets. Pure functions, no I/O; never throws; linear in the input.
 */
import { findAwards } from './awards.ts';
import { findDocuments } from './documents.ts';
import { findDateLine, findEventDate } from './event-date.ts';
import { findPeople } from './people.ts';
import { Analysed, sentenceEnds } from './text.ts';
import type { Extraction } from './types.ts';
import { findUnits } from './units.ts';

export * from './types.ts';
export { joinSoftBreaks } from './text.ts';

const EMPTY: Extraction = { documents: [], people: [], awards: [], units: [], eventDate: null, publishedDate: null };

/** Every fact in `text`. Never throws: a failure inside a pattern family gives an empty result, not an error. */
export function extractFacts(text: string): Extraction {
  try {
    return run(text).extraction;
  } catch {
    return structuredClone(EMPTY);
  }
}

/** Work done on `text` (token reads plus characters normalised): lets tests check linear growth. */
export function extractionSteps(text: string): number {
  return run(text).steps;
}

function run(text: string): { extraction: Extraction; steps: number } {
  if (typeof text !== 'string' || text.length === 0) return { extraction: structuredClone(EMPTY), steps: 0 };
  const a = new Analysed(text);
  const ends = sentenceEnds(a);
  // tokens inside document citations: not people, places or event dates
  const { spans: unitSpans, units } = findUnits(a);
  const published = findDateLine(a)?.date ?? null;
  const { documents, citations } = findDocuments(a, unitSpans, ends, published);
  const blocked = new Uint8Array(a.tk.count + 1);
  for (const c of citations) {
    for (let t = a.tokenAtOriginal(c.start); t < a.tk.count && a.origStart(a.tk.s(t)) < c.end; t++) blocked[t] = 1;
  }
  const people = findPeople(a, blocked);
  const awards = findAwards(a, ends, unitSpans);
  const { event } = findEventDate(a, blocked);
  return { extraction: { documents, people, awards, units, eventDate: event, publishedDate: published }, steps: a.work + a.tk.steps + text.length };
}
