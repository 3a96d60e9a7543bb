/**
 * Deterministic randomness for the bench data: no Math.random, no clock.
 * Each province draws from its own stream, so province 0 is the same rows
 * whether one province or all 34 are generated (the 1× data set is a subset
 * of the 34× one, and a commune's figures compare like for like).
 */

/** One 32-bit avalanche step (the murmur3 finaliser). */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash a few integers into one 32-bit value. */
export function hash32(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) h = step(h, p);
  return h;
}

const step = (h: number, p: number): number => mix32((h ^ mix32(p >>> 0)) + 0x6d2b79f5 + (h << 6) + (h >>> 2));

/** `hash32(l, a, b, c, d)` without the rest-array allocation: the hot path of id making. */
function lane(l: number, a: number, b: number, c: number, d: number): number {
  return step(step(step(step(step(0x9e3779b9, l), a), b), c), d);
}

/** mulberry32: small, fast, good enough for test data. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Pick from [item, weight] pairs. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    const last = items[items.length - 1];
    if (!last) throw new Error('pick from an empty list');
    return last[0];
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex32(x: number): string {
  return (HEX[(x >>> 24) & 255] as string) + HEX[(x >>> 16) & 255] + HEX[(x >>> 8) & 255] + HEX[x & 255];
}

/**
 * A version-4-shaped UUID that is a pure function of its inputs: the same
 * (seed, province, namespace, index) gives the same id on every run, and the
 * ids look as random to the indexes as gen_random_uuid() ones do.
 */
export function uuidOf(seed: number, province: number, ns: number, index: number): string {
  const a = lane(1, seed, province, ns, index);
  const b = lane(2, seed, province, ns, index);
  const c = lane(3, seed, province, ns, index);
  const d = lane(4, seed, province, ns, index);
  const h2 = hex32(b);
  const version = hex32(((((c >>> 16) & 0x0fff) | 0x4000) << 16) >>> 0).slice(0, 4);
  const variant = hex32((((c & 0x3fff) | 0x8000) << 16) >>> 0).slice(0, 4);
  return `${hex32(a)}-${h2.slice(0, 4)}-${version}-${variant}-${h2.slice(4, 8)}${hex32(d)}`;
}
