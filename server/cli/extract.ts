/**
 * npm run --silent extract -- [--json] FILE...
 *
 * Reads Vietnamese texts (.txt, .docx, .pdf with a text layer, or a .zip of
 * them) and prints the facts they state. With --json: one JSON array with an
 * object per text; without: a readable listing. Exit code 1 when a file
 * cannot be read (the others are still printed).
 */
import { readFile } from 'node:fs/promises';
import { toRoman } from '../../shared/documents.ts';
import { formatIsoDate } from '../lib/dates.ts';
import { extractFacts, type Extraction } from '../modules/text-extraction/core/index.ts';
import { isReadError, readTextFiles } from '../modules/text-extraction/reading/index.ts';

export interface ExtractJson {
  file: string;
  documents: {
    kind: string;
    kindCode: string;
    number: string;
    symbol: string | null;
    date: string | null;
    issuer: string | null;
    issuerCode: string | null;
    term: string | null;
    subject: string | null;
    start: number;
    end: number;
  }[];
  people: { name: string; titles: string[]; byline: boolean; start: number; end: number }[];
  awards: { giver: string | null; kind: string | null; kindCode: string | null; collectives: number | null; individuals: number | null; reason: string | null; start: number; end: number }[];
  units: { name: string; kind: string }[];
  eventDate: string | null;
  publishedDate: string | null;
}

export function toJson(file: string, x: Extraction): ExtractJson {
  return {
    file,
    documents: x.documents.map((d) => ({
      kind: d.kindLabel,
      kindCode: d.kind,
      number: d.number,
      symbol: d.symbol,
      date: d.date,
      issuer: d.issuerName,
      issuerCode: d.issuer,
      term: d.term === null ? null : toRoman(d.term),
      subject: d.subject,
      start: d.start,
      end: d.end,
    })),
    people: x.people.map((p) => ({ name: p.name, titles: p.titles, byline: p.byline, start: p.start, end: p.end })),
    awards: x.awards.map((w) => ({
      giver: w.giver,
      kind: w.kindLabel,
      kindCode: w.kind,
      collectives: w.collectives,
      individuals: w.individuals,
      reason: w.reason,
      start: w.start,
      end: w.end,
    })),
    units: x.units.map((u) => ({ name: u.name, kind: u.kind })),
    eventDate: x.eventDate?.date ?? null,
    publishedDate: x.publishedDate,
  };
}

/** ISO date of any precision as Vietnamese readers write it. */
function showDate(iso: string | null): string {
  if (!iso) return '—';
  if (iso.length === 10) return formatIsoDate(iso);
  if (iso.length === 7) return `${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  return iso;
}

export function toListing(j: ExtractJson): string {
  const lines = [`# ${j.file}`, `Ngày sự kiện: ${showDate(j.eventDate)}${j.publishedDate ? ` (ngày đăng ${showDate(j.publishedDate)})` : ''}`];
  lines.push(`Văn bản (${j.documents.length}):`);
  for (const d of j.documents) {
    const parts = [`${d.kind} ${d.symbol ?? d.number}`, showDate(d.date), d.issuer ?? '—'];
    if (d.term) parts.push(`khóa ${d.term}`);
    lines.push(`  - ${parts.join(' · ')}  [${d.start}–${d.end}]`);
  }
  lines.push(`Người (${j.people.length}):`);
  for (const p of j.people) lines.push(`  - ${p.name}${p.titles.length ? ` — ${p.titles.join('; ')}` : ''}${p.byline ? ' (tác giả)' : ''}`);
  lines.push(`Khen thưởng (${j.awards.length}):`);
  for (const w of j.awards) {
    const counts = [w.collectives !== null ? `${w.collectives} tập thể` : null, w.individuals !== null ? `${w.individuals} cá nhân` : null].filter(Boolean).join(', ');
    lines.push(`  - ${w.giver ?? '—'}: ${w.kind ?? 'khen thưởng'} cho ${counts}`);
  }
  if (j.units.length) lines.push(`Cơ quan, địa danh: ${j.units.map((u) => u.name).join('; ')}`);
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length === 0 || argv.includes('--help')) {
    console.error('Dùng: npm run --silent extract -- [--json] TỆP...   (.txt, .docx, .pdf, .zip)');
    return files.length === 0 ? 2 : 0;
  }
  const out: ExtractJson[] = [];
  let failed = false;
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (e) {
      console.error(`${file}: không đọc được tệp (${(e as Error).message})`);
      failed = true;
      continue;
    }
    for (const r of await readTextFiles(file, bytes)) {
      if (isReadError(r)) {
        console.error(`${r.name}: ${r.error.vi}`);
        failed = true;
        continue;
      }
      out.push(toJson(r.name, extractFacts(r.text)));
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  else process.stdout.write(`${out.map(toListing).join('\n\n')}\n`);
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
