/** Plain-text tables for the terminal (and the closing notes of issues). */
import { type GenerateResult, TABLE_ORDER } from '../generate/index.ts';
import type { QueryBenchResult } from '../queries/run.ts';
import { ms, times } from './stats.ts';

/** Print rows under a header; numbers-looking cells are right-aligned. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[], out: (line: string) => void = console.log): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = (s: string) => /^[-+]?[\d.,]+\s*(ms|s|×|%)?$/u.test(s.trim());
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric(c) && i > 0 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  out(line(header));
  out(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) out(line(r));
}

export function printGeneration(r: GenerateResult, out: (line: string) => void = console.log): void {
  out(`\n${r.scale} (seed ${r.seed}, ${r.engine}): ${r.provinces} provinces, ${r.communes.toLocaleString('en')} communes, ${r.rows.toLocaleString('en')} rows in ${r.seconds.toFixed(1)} s`);
  printTable(
    ['table', 'rows', 'MB', 'COPY s', 'rows/s'],
    TABLE_ORDER.filter((t) => r.tables[t]).map((t) => {
      const f = r.tables[t];
      return [t, f?.rows.toLocaleString('en') ?? '', f?.megabytes.toFixed(1) ?? '', f?.seconds.toFixed(1) ?? '', f?.rowsPerSecond.toLocaleString('en') ?? ''];
    }),
    out,
  );
}


/** One scale's figures: ours beside the hand-written SQL. */
export function printQueryFigures(r: QueryBenchResult, out: (line: string) => void = console.log): void {
  out(`\nQueries at ${r.scale} scale (seed ${r.seed}, ${r.engine}; ${r.counts.units.toLocaleString('en')} units, ${r.counts.tasks.toLocaleString('en')} tasks, ${r.counts.documents.toLocaleString('en')} documents; as of ${r.asOf}, period ${r.period.from}…${r.period.to})`);
  printTable(
    ['bench', 'ours p50', 'ours p95', 'hand p50', 'hand p95', 'ours/hand', 'runs', 'answer'],
    r.figures.map((f) => [f.key + (f.match ? '' : ' !!! MISMATCH'), ms(f.ours.median), ms(f.ours.p95), ms(f.hand.median), ms(f.hand.p95), times(f.ratio), String(f.ours.runs), f.answer]),
    out,
  );
}

/** Growth across scales: the median of ours per scale, and the largest scale over the smallest. */
export function printGrowth(results: readonly QueryBenchResult[], out: (line: string) => void = console.log): void {
  if (results.length < 2) return;
  const keys = [...new Set(results.flatMap((r) => r.figures.map((f) => f.key)))];
  const first = results[0];
  const last = results[results.length - 1];
  out('\nGrowth with the data (ours, median; hand in brackets)');
  printTable(
    ['bench', ...results.map((r) => r.scale), `${last?.scale}/${first?.scale}`],
    keys.map((k) => {
      const cells = results.map((r) => {
        const f = r.figures.find((x) => x.key === k);
        return f ? `${ms(f.ours.median)} (${ms(f.hand.median)})` : '—';
      });
      const a = first?.figures.find((x) => x.key === k);
      const b = last?.figures.find((x) => x.key === k);
      return [k, ...cells, a && b ? times(b.ours.median / a.ours.median) : '—'];
    }),
    out,
  );
}

export interface TargetCheck {
  target: string;
  value: string;
  met: boolean;
}

/** Issue 6's query targets, where the scales needed were run (PostgreSQL, country data). */
export function checkQueryTargets(results: readonly QueryBenchResult[]): TargetCheck[] {
  const at = (scale: string, key: string) => results.find((r) => r.scale === scale && r.engine === 'postgres')?.figures.find((f) => f.key === key);
  const out: TargetCheck[] = [];
  const province = at('country', 'deadlines.province');
  if (province) {
    out.push({ target: '2×2 province < 100 ms (country data)', value: ms(province.ours.median), met: province.ours.median < 100 });
    out.push({ target: '2×2 province within 2× of hand SQL', value: times(province.ratio), met: province.ratio <= 2 });
  }
  const country = at('country', 'deadlines.country');
  if (country) {
    out.push({ target: '2×2 country < 500 ms', value: ms(country.ours.median), met: country.ours.median < 500 });
    out.push({ target: '2×2 country within 2× of hand SQL', value: times(country.ratio), met: country.ratio <= 2 });
  }
  const c34 = at('country', 'deadlines.commune');
  const c1 = at('province', 'deadlines.commune');
  if (c34 && c1) out.push({ target: 'commune 2×2 at 34× within 1.5× of 1×', value: times(c34.ours.median / c1.ours.median), met: c34.ours.median / c1.ours.median <= 1.5 });
  return out;
}

export function printTargets(checks: readonly TargetCheck[], out: (line: string) => void = console.log): void {
  if (checks.length === 0) return;
  out('\nTargets');
  printTable(['target', 'value', 'met'], checks.map((c) => [c.target, c.value, c.met ? 'yes' : 'NO']), out);
}
