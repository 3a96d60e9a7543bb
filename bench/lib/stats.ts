/**
 * Timing figures: median and p95 over N runs after a warm-up. Two contenders
 * (ours and the hand-written baseline) run interleaved, so a noisy neighbour
 * on this shared 2-core machine slows both alike and the ratio stays fair.
 */

export interface Timing {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of sorted values (p in 0–100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function summarise(samples: readonly number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  return { runs: s.length, median: median(s), p95: percentile(s, 95), min: s[0] ?? Number.NaN, max: s[s.length - 1] ?? Number.NaN };
}

/** ours / baseline, on medians. */
export const ratio = (ours: Timing, baseline: Timing): number => ours.median / baseline.median;

export interface RunOptions {
  warmup: number;
  runs: number;
  /** Stop early once this many seconds went by (after at least 3 runs). */
  maxSeconds?: number;
}

/** Time each contender `runs` times, interleaved, after `warmup` untimed rounds. */
export async function timeInterleaved(contenders: readonly (() => Promise<unknown>)[], o: RunOptions): Promise<Timing[]> {
  for (let i = 0; i < o.warmup; i++) for (const c of contenders) await c();
  const samples: number[][] = contenders.map(() => []);
  const started = performance.now();
  for (let i = 0; i < o.runs; i++) {
    for (const [k, c] of contenders.entries()) {
      const t0 = performance.now();
      await c();
      samples[k]?.push(performance.now() - t0);
    }
    if (o.maxSeconds && i >= 2 && performance.now() - started > o.maxSeconds * 1000) break;
  }
  return samples.map(summarise);
}

export const ms = (v: number): string => (Number.isNaN(v) ? '—' : v >= 100 ? `${v.toFixed(0)} ms` : v >= 10 ? `${v.toFixed(1)} ms` : `${v.toFixed(2)} ms`);
export const times = (v: number): string => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '—');
