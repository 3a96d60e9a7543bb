/**
 * Awards: "UBND tỉnh đã tặng bằng khen cho 54 tập thể và 40 cá nhân đã có
 * thành tích …", "trao Bằng khen của Ban Dân vận Trung ương cho 5 tập thể,
 * 7 cá nhân", "Ban Dân vận Tỉnh uỷ khen thưởng cho 6 tập thể".
 *
 * Within one sentence, an award starts at its kind ("Bằng khen", "Giấy khen",
 * "Cờ thi đua", "Huân chương" …) or at "khen thưởng" / "tặng thưởng"; the
 * counts ("54 tập thể", "40 cá nhân") that follow belong to the nearest
 * award before them. The giver is "của X" after the kind, else the unit named
 * right before the verb ("UBND tỉnh đã tặng"). A mention without counts only
 * completes a counted award of the same giver (its kind, "tặng giấy khen của
 * Ban Dân vận Tỉnh uỷ cho các tập thể" … "Ban Dân vận Tỉnh uỷ khen thưởng
 * cho 6 tập thể"); alone it is not an award record.
 */
import { AWARD_KINDS, type AwardKind, type ExtractedAward } from './types.ts';
import { type Analysed, wordSet, foldWord, PhraseSet, readCount } from './text.ts';
import * as tx from './text.ts';
import { startsPersonName } from './names.ts';
import { type UnitSpan, unitAt } from './units.ts';

// Local copies: imported bindings may be read through getters by module loaders, too slow in the scanning loops.
const { T_NUM, T_SPACE, T_WORD } = tx;

const KIND_PHRASES = new PhraseSet<AwardKind | null>([
  ['bằng khen', 'bang_khen'],
  ['giấy khen', 'giay_khen'],
  ['cờ thi đua', 'co_thi_dua'],
  ['huân chương', 'huan_chuong'],
  ['huy chương', 'huy_chuong'],
  ['kỷ niệm chương', 'ky_niem_chuong'],
  ['kỉ niệm chương', 'ky_niem_chuong'],
  ['danh hiệu chiến sĩ thi đua', 'chien_si_thi_dua'],
  ['chiến sĩ thi đua', 'chien_si_thi_dua'],
  ['giấy chứng nhận', 'giay_chung_nhan'],
  ['giải thưởng', 'giai_thuong'],
  ['khen thưởng', null],
  ['tặng thưởng', null],
  ['trao giải', 'giai_thuong'],
]);
const VERBS = wordSet(['tặng', 'trao', 'thưởng', 'khen', 'được', 'đã', 'vừa', 'cũng', 'quyết', 'định', 'ký', 'đề', 'nghị', 'nhận']);
const GIVER_TITLES = new PhraseSet<true>(
  ['chủ tịch', 'thủ tướng', 'bộ trưởng', 'trưởng ban', 'giám đốc', 'chủ nhiệm', 'bí thư', 'chủ tịch nước', 'thủ tướng chính phủ'].map((w): [string, true] => [w, true]),
);
const OFFICES: [string[], string][] = [
  [['chu', 'tich', 'nuoc'], 'Chủ tịch nước'],
  [['thu', 'tuong', 'chinh', 'phu'], 'Thủ tướng Chính phủ'],
  [['thu', 'tuong'], 'Thủ tướng'],
];
const LEVEL_GIVERS = new Set(['tỉnh', 'huyện', 'xã', 'thị xã', 'thành phố', 'phường', 'quận']);
const REASON_LEAD = wordSet(['đã', 'có', 'vì', 'do', 'đạt']);
const LABEL = new Map<AwardKind, string>(AWARD_KINDS.map((k) => [k.code, k.label]));

interface Anchor {
  at: number;
  end: number;
  kind: AwardKind | null;
}
interface Count {
  at: number;
  end: number;
  value: number;
  /** "58 tập thể, cá nhân": one number for both groups (an award with counts not known apart). */
  what: 'collectives' | 'individuals' | 'mixed';
}

/** "N tập thể" / "N cá nhân" at token i (not "N tập thể, cá nhân", which mixes both). */
function countAt(a: Analysed, i: number): Count | null {
  const c = readCount(a, i);
  if (!c) return null;
  const tk = a.tk;
  if (tk.t(c.end) !== T_SPACE) return null;
  const w = c.end + 1;
  let what: Count['what'] | null = null;
  let end = -1;
  const tt = a.phrase(w, ['tap', 'the']);
  if (tt > 0) {
    what = 'collectives';
    end = tt;
  } else {
    const cn = Math.max(a.phrase(w, ['ca', 'nhan']), a.phrase(w, ['dai', 'bieu']), a.phrase(w, ['dong', 'chi']), a.phrase(w, ['dang', 'vien']));
    if (cn > 0) {
      what = 'individuals';
      end = cn;
    }
  }
  if (!what) return null;
  // "20 tập thể, cá nhân" / "20 tập thể và cá nhân": one number for both → unusable
  const after = tk.skipSpace(end);
  const after2 = tk.skipSpace(after + 1);
  if ((a.punct(after) === ',' || a.fold(after) === 'va') && (a.phrase(after2, ['ca', 'nhan']) > 0 || a.phrase(after2, ['tap', 'the']) > 0)) {
    return { at: i, end: Math.max(a.phrase(after2, ['ca', 'nhan']), a.phrase(after2, ['tap', 'the'])), value: c.value, what: 'mixed' };
  }
  return { at: i, end, value: c.value, what };
}

/** The giver named by "của X" at token i (i is the token after "của"). */
function giverAfterCua(a: Analysed, i: number): { name: string; end: number } | null {
  const title = GIVER_TITLES.match(a, i);
  if (title && a.tk.t(title.end) === T_SPACE) {
    const u = unitAt(a, title.end + 1);
    if (u) return { name: a.slice(i, u.end), end: u.end };
    if (a.fold(i) === 'thu' || a.fold(i) === 'chu') return { name: a.slice(i, title.end), end: title.end };
  }
  const u = unitAt(a, i);
  return u ? { name: u.name, end: u.end } : null;
}

/** The unit named just before the verb that gives the award ("UBND tỉnh đã tặng"). */
function giverBefore(a: Analysed, anchorAt: number, sentenceStart: number, unitEnds: Map<number, UnitSpan>): string | null {
  const tk = a.tk;
  let j = anchorAt;
  for (let n = 0; n < 8 && j > sentenceStart; n++) {
    const p = a.prev(j);
    if (p < sentenceStart) break;
    // a headline: "Ủy ban MTTQ tỉnh Tiền Giang: Khen thưởng 58 tập thể, cá nhân"
    if (a.punct(p) === ':' && n === 0) {
      j = p;
      continue;
    }
    const u = unitEnds.get(p + 1);
    if (u && u.start >= sentenceStart) {
      // "Chủ tịch UBND tỉnh tặng …": the title is part of the giver
      for (const t of [u.start - 2, u.start - 4, u.start - 6]) {
        const m = t >= sentenceStart ? GIVER_TITLES.match(a, t) : null;
        if (m && m.end === u.start - 1 && tk.t(m.end) === T_SPACE) return a.slice(t, u.end);
      }
      return u.name;
    }
    // "thành phố đã trao …", "huyện tặng …"
    if (tk.t(p) === T_WORD && LEVEL_GIVERS.has(a.tk.lower(p)) && (p === sentenceStart || !a.isWord(a.prev(p)) || a.fold(a.prev(p)) === 'nay')) return a.tk.str(p);
    if (tk.t(p) === T_WORD && a.fold(p) === 'pho' && LEVEL_GIVERS.has(`thành ${a.tk.lower(p)}`)) return a.slice(a.prev(p), p + 1);
    // "Chủ tịch nước Trần Đức Lương vừa ký quyết định tặng thưởng …": the office gives it
    if (a.isTitleCase(p) && !VERBS.has(a, p)) {
      let n0 = p;
      for (let w = 0; w < 4 && n0 - 2 >= sentenceStart && tk.t(n0 - 1) === T_SPACE && a.isTitleCase(n0 - 2); w++) n0 -= 2;
      if (n0 < p && startsPersonName(a, n0)) {
        const t = a.prev(n0);
        for (const [words, name] of OFFICES) if (t - (words.length - 1) * 2 >= sentenceStart && a.phrase(t - (words.length - 1) * 2, words) === t + 1) return name;
        const u = unitEnds.get(t + 1);
        if (u) return u.name;
      }
      break;
    }
    if (tk.t(p) !== T_WORD || !VERBS.has(a, p)) break;
    j = p;
  }
  return null;
}

export function findAwards(a: Analysed, sentenceEnd: Uint8Array, units: UnitSpan[]): ExtractedAward[] {
  const tk = a.tk;
  const unitEnds = new Map<number, UnitSpan>();
  for (const u of units) unitEnds.set(u.end, u);
  const counted: ExtractedAward[] = [];
  const named: ExtractedAward[] = [];
  const loose: ExtractedAward[] = [];
  let s = 0;
  let carry: Carry | null = null;
  for (let i = 0; i <= tk.count; i++) {
    if (!sentenceEnd[i] && i < tk.count) continue;
    const last = readSentence(a, s, i, unitEnds, counted, named, loose, carry);
    // "…cho 11 tập thể, 21 cá nhân vì …; và 11 tập thể, 11 cá nhân …": the award runs on after ";"
    carry = a.punct(i) === ';' ? last : null;
    s = i + 1;
  }
  // count-less mentions complete counted twins of the same giver
  const byGiver = new Map<string, ExtractedAward>();
  for (const c of counted) if (!byGiver.has(giverKey(c.giver))) byGiver.set(giverKey(c.giver), c);
  for (const l of loose) {
    const twin = byGiver.get(giverKey(l.giver));
    if (twin && twin.kind === null && l.kind) {
      twin.kind = l.kind;
      twin.kindLabel = LABEL.get(l.kind) ?? null;
    }
  }
  // the same award told twice; a named award without counts that repeats a counted one is that one
  const seen = new Set<string>();
  const countedKinds = new Set(counted.map((c) => `${c.kind}|${giverKey(c.giver)}`));
  const out: ExtractedAward[] = [];
  for (const c of [...counted, ...named.filter((n) => !countedKinds.has(`${n.kind}|${giverKey(n.giver)}`))]) {
    const key = `${c.kind}|${c.collectives}|${c.individuals}|${giverKey(c.giver)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out.sort((x, y) => x.start - y.start);
}

interface Carry {
  giver: string | null;
  kind: AwardKind | null;
}

function giverKey(g: string | null): string {
  return g === null ? '' : foldWord(g.toLowerCase()).replace(/\s+/gu, ' ');
}

function readSentence(
  a: Analysed,
  s: number,
  e: number,
  unitEnds: Map<number, UnitSpan>,
  counted: ExtractedAward[],
  named: ExtractedAward[],
  loose: ExtractedAward[],
  carry: Carry | null,
): Carry | null {
  const tk = a.tk;
  const anchors: Anchor[] = [];
  const counts: Count[] = [];
  for (let i = s; i < e; i++) {
    if (tk.t(i) !== T_WORD || (i > 0 && tk.t(i - 1) === T_WORD)) continue;
    const k = KIND_PHRASES.match(a, i);
    if (k) {
      anchors.push({ at: i, end: k.end, kind: k.value });
      i = k.end - 1;
    }
  }
  if (anchors.length === 0 && !carry) return null;
  for (let i = s; i < e; i++) {
    if (tk.t(i) !== T_NUM && tk.t(i) !== T_WORD) continue;
    const c = countAt(a, i);
    if (c) {
      counts.push(c);
      i = c.end - 1;
    }
  }
  // group anchors: one award until a count has been seen after it
  const groups: { anchors: Anchor[]; counts: Count[] }[] = [];
  for (const an of anchors) {
    const last = groups[groups.length - 1];
    if (last && last.counts.length === 0 && an.at - (last.anchors[last.anchors.length - 1] as Anchor).end <= 12) last.anchors.push(an);
    else groups.push({ anchors: [an], counts: [] });
  }
  if (groups.length === 0) {
    // the counts of an award begun before ";"
    if (!carry || counts.length === 0) return null;
    const sets = pairs(counts);
    for (const set of sets) {
      const coll = set.find((c) => c.what === 'collectives');
      const indiv = set.find((c) => c.what === 'individuals');
      const lastCount = set[set.length - 1] as Count;
      counted.push({
        giver: carry.giver,
        kind: carry.kind,
        kindLabel: carry.kind ? (LABEL.get(carry.kind) ?? null) : null,
        collectives: coll?.value ?? null,
        individuals: indiv?.value ?? null,
        reason: reasonAfter(a, lastCount.end, e),
        ...a.span((set[0] as Count).at, lastCount.end),
      });
    }
    return carry;
  }
  // assign counts to the nearest preceding anchor group (or the first one, for "5 tập thể được tặng Cờ thi đua")
  let gi = 0;
  for (const c of counts) {
    while (gi + 1 < groups.length && ((groups[gi + 1] as { anchors: Anchor[] }).anchors[0] as Anchor).at < c.at) gi++;
    (groups[gi] as { counts: Count[] }).counts.push(c);
  }
  let last: Carry | null = null;
  for (const g of groups) {
    const first = g.anchors[0] as Anchor;
    const kind = g.anchors.find((x) => x.kind !== null)?.kind ?? null;
    let giver: string | null = null;
    for (const an of g.anchors) {
      let k = tk.skipSpace(an.end);
      const viaCua = a.fold(k) === 'cua';
      if (viaCua) k = tk.skipSpace(k + 1);
      // "Bằng khen của UBND tỉnh", "Cờ thi đua Chính phủ", "Bằng khen Thủ tướng Chính phủ"
      const gv = viaCua || a.isCap(k) ? giverAfterCua(a, k) : null;
      if (gv) {
        giver = gv.name;
        break;
      }
    }
    giver ??= giverBefore(a, first.at, s, unitEnds);
    last = { giver, kind };
    // one award per pair of counts: "cho 11 tập thể, 21 cá nhân …, 11 tập thể, 11 cá nhân …"
    const sets = pairs(g.counts);
    if (sets.length === 0) sets.push([]);
    for (const set of sets) {
      const coll = set.find((c) => c.what === 'collectives');
      const indiv = set.find((c) => c.what === 'individuals');
      const lastCount = set[set.length - 1];
      const endTok = lastCount ? Math.max(lastCount.end, first.end) : (g.anchors[g.anchors.length - 1] as Anchor).end;
      const award: ExtractedAward = {
        giver,
        kind,
        kindLabel: kind ? (LABEL.get(kind) ?? null) : null,
        collectives: coll?.value ?? null,
        individuals: indiv?.value ?? null,
        reason: lastCount ? reasonAfter(a, lastCount.end, e) : null,
        ...a.span(Math.min(first.at, set[0]?.at ?? first.at), endTok),
      };
      if (award.collectives !== null || award.individuals !== null || set.some((c) => c.what === 'mixed')) counted.push(award);
      else if (giver && kind && !genericRecipient(a, first.end, e)) named.push(award);
      else loose.push(award);
    }
  }
  return last;
}

/** Counts grouped into (collectives, individuals) pairs in reading order. */
function pairs(counts: Count[]): Count[][] {
  const sets: Count[][] = [];
  for (const c of counts) {
    const cur = sets[sets.length - 1];
    if (!cur || c.what === 'mixed' || cur.some((x) => x.what === c.what || x.what === 'mixed')) sets.push([c]);
    else cur.push(c);
  }
  return sets;
}

/** "cho các tập thể", "cho những cá nhân": recipients not named, so no award record of its own. */
function genericRecipient(a: Analysed, from: number, e: number): boolean {
  const tk = a.tk;
  for (let i = from, n = 0; i < e && n < 40; i++, n++) {
    if (tk.t(i) !== T_WORD || a.fold(i) !== 'cho') continue;
    const k = tk.skipSpace(i + 1);
    if (a.fold(k) !== 'cac' && a.fold(k) !== 'nhung') return false;
    const noun = tk.skipSpace(k + 1);
    return a.phrase(noun, ['tap', 'the']) > 0 || a.phrase(noun, ['ca', 'nhan']) > 0 || a.phrase(noun, ['don', 'vi']) > 0;
  }
  return false;
}

function reasonAfter(a: Analysed, from: number, sentenceEnd: number): string | null {
  const tk = a.tk;
  const e = Math.min(sentenceEnd, from + 120); // a reason is a clause, not the rest of a run-on text
  let i = tk.skipSpace(from);
  while (i < e && tk.t(i) === T_WORD && REASON_LEAD.has(a, i) && a.fold(i) !== 'vi') i = tk.skipSpace(i + 1);
  if (i >= e || tk.t(i) !== T_WORD) return null;
  const text = a.slice(i, e).replace(/[\s.;,]+$/u, '');
  if (text.length < 8) return null;
  return text.length > 240 ? `${text.slice(0, 239)}…` : text;
}
