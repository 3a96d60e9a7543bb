import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_FIELDS,
  DOCUMENT_KIND_CODES,
  DOCUMENT_RELATIONS,
  DOCUMENT_STATUSES,
  ISSUER_CODES,
  documentKindInfo,
  type IssuerCode,
} from '../../../../shared/documents.ts';
import { CATALOGUE, type CatalogueEntry } from './catalogue.data.ts';

const byKey = new Map(CATALOGUE.map((e) => [e.key, e]));
const get = (key: string): CatalogueEntry => {
  const e = byKey.get(key);
  if (!e) throw new Error(`missing catalogue entry ${key}`);
  return e;
};

const isIsoDate = (s: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** Entries for which only an http:// page could be found; each must say so in its note. */
const HTTP_ONLY: readonly string[] = ['KL-114-TW-2015'];
/** Entries confirmed only by a seed news article (source url `seed:<file>`); each must say so in its note. */
const SEED_ONLY: readonly string[] = ['KL-08-TW-2011'];

const PARTY_CENTRAL: readonly IssuerCode[] = ['bch_tw', 'bo_chinh_tri', 'ban_bi_thu'];

describe('catalogue integrity', () => {
  it('has at least 32 entries', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(32);
  });

  it('has unique keys', () => {
    const keys = CATALOGUE.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has unique (kind, symbol, issuer, issueDate)', () => {
    const ids = CATALOGUE.map((e) => [e.kind, e.symbol, e.issuer, e.issueDate].join('|'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses valid ISO dates, none in the future of the check date', () => {
    for (const e of CATALOGUE) {
      expect(isIsoDate(e.issueDate), `${e.key} issueDate ${e.issueDate}`).toBe(true);
      for (const s of e.sources) {
        expect(isIsoDate(s.checked), `${e.key} checked ${s.checked}`).toBe(true);
        expect(e.issueDate <= s.checked, `${e.key} issued after it was checked`).toBe(true);
      }
    }
  });

  it('writes the number inside the symbol, and the kind abbreviation too', () => {
    for (const e of CATALOGUE) {
      expect(e.number, e.key).toMatch(/^\d+$/u);
      expect(e.symbol.startsWith(`${e.number}-`) || e.symbol.startsWith(`${e.number}/`), `${e.key}: ${e.symbol}`).toBe(true);
      const abbr = e.kind === 'regulation' ? 'QĐ' : (documentKindInfo(e.kind).abbr as string);
      expect(e.symbol, e.key).toContain(abbr);
    }
  });

  it('uses only values defined in shared/documents.ts', () => {
    for (const e of CATALOGUE) {
      expect(DOCUMENT_KIND_CODES, e.key).toContain(e.kind);
      expect(ISSUER_CODES, e.key).toContain(e.issuer);
      expect(DOCUMENT_STATUSES, e.key).toContain(e.status);
      expect(e.fields.length, e.key).toBeGreaterThan(0);
      expect(new Set(e.fields).size, `${e.key} duplicate field`).toBe(e.fields.length);
      for (const f of e.fields) expect(DOCUMENT_FIELDS, e.key).toContain(f);
      for (const r of e.relations) expect(DOCUMENT_RELATIONS, e.key).toContain(r.relation);
    }
  });

  it('points every relation at an existing, older entry other than itself', () => {
    for (const e of CATALOGUE) {
      for (const r of e.relations) {
        const target = byKey.get(r.targetKey);
        expect(target, `${e.key} -> ${r.targetKey}`).toBeDefined();
        expect(r.targetKey).not.toBe(e.key);
        expect((target as CatalogueEntry).issueDate < e.issueDate, `${e.key} ${r.relation} a newer document`).toBe(true);
      }
    }
  });

  it('keeps "replaced" status and "replaces" relations consistent', () => {
    const replacedTargets = new Set(CATALOGUE.flatMap((e) => e.relations.filter((r) => r.relation === 'replaces').map((r) => r.targetKey)));
    for (const key of replacedTargets) expect(get(key).status, key).toBe('replaced');
    for (const e of CATALOGUE.filter((x) => x.status === 'replaced')) expect(replacedTargets.has(e.key), e.key).toBe(true);
  });

  it('gives every entry at least one https source (documented exceptions aside)', () => {
    for (const e of CATALOGUE) {
      expect(e.sources.length, e.key).toBeGreaterThan(0);
      if (SEED_ONLY.includes(e.key)) {
        expect(e.sources.every((s) => s.url.startsWith('seed:')), e.key).toBe(true);
        expect(e.note ?? '', e.key).toMatch(/seed/u);
        continue;
      }
      for (const s of e.sources) {
        const u = new URL(s.url);
        expect(['http:', 'https:'], `${e.key} ${s.url}`).toContain(u.protocol);
        expect(s.title.trim().length, `${e.key} source title`).toBeGreaterThan(0);
        expect(s.facts.trim().length, `${e.key} source facts`).toBeGreaterThan(0);
      }
      const hasHttps = e.sources.some((s) => s.url.startsWith('https://'));
      if (HTTP_ONLY.includes(e.key)) {
        expect(e.note ?? '', e.key).toMatch(/http/u);
      } else {
        expect(hasHttps, `${e.key} has no https source`).toBe(true);
      }
    }
    expect(HTTP_ONLY.length).toBeLessThanOrEqual(1);
    expect(SEED_ONLY.length).toBeLessThanOrEqual(1);
  });

  it('writes subjects in Vietnamese with diacritics', () => {
    for (const e of CATALOGUE) expect(e.subject, e.key).toMatch(/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu);
  });

  it('records terms that match the issuer', () => {
    for (const e of CATALOGUE) {
      if (PARTY_CENTRAL.includes(e.issuer)) {
        expect(e.symbol, e.key).toMatch(/\/TW$/u);
        expect(e.term, e.key).not.toBeNull();
        expect(e.term as number, e.key).toBeGreaterThanOrEqual(1);
        expect(e.term as number, e.key).toBeLessThanOrEqual(14);
      }
      if (e.issuer === 'quoc_hoi') expect(e.symbol, e.key).toBe(`${e.number}/${e.issueDate.slice(0, 4)}/QH${e.term}`);
      if (e.issuer === 'chinh_phu') expect(e.term, e.key).toBeNull();
    }
  });
});

describe('documents cited by the issue and the seeds', () => {
  const expectDoc = (key: string, symbol: string, issueDate: string, issuer: IssuerCode, term: number | null) => {
    const e = get(key);
    expect({ symbol: e.symbol, issueDate: e.issueDate, issuer: e.issuer, term: e.term }).toEqual({ symbol, issueDate, issuer, term });
  };

  it('Nghị quyết 25-NQ/TW (2013) of the XI Central Committee', () => {
    expectDoc('NQ-25-TW-2013', '25-NQ/TW', '2013-06-03', 'bch_tw', 11);
  });

  it('Quyết định 290-QĐ/TW (2010), replaced by 23-QĐ/TW (2021)', () => {
    expectDoc('QD-290-TW-2010', '290-QĐ/TW', '2010-02-25', 'bo_chinh_tri', 10);
    expectDoc('QD-23-TW-2021', '23-QĐ/TW', '2021-07-30', 'bo_chinh_tri', 13);
    expect(get('QD-23-TW-2021').relations).toContainEqual({ relation: 'replaces', targetKey: 'QD-290-TW-2010' });
    expect(get('QD-290-TW-2010').status).toBe('replaced');
  });

  it('Kết luận 03-KL/TW of 13/5/2016 of the Secretariat continues Quyết định 290 (seed 003)', () => {
    expectDoc('KL-03-TW-2016', '03-KL/TW', '2016-05-13', 'ban_bi_thu', 12);
    expect(get('KL-03-TW-2016').relations).toContainEqual({ relation: 'continues', targetKey: 'QD-290-TW-2010' });
  });

  it('Chỉ thị 19-CT/TW of 10/1/2018 of the Secretariat is on the Khmer (Khơ-me) areas (seed 003)', () => {
    expectDoc('CT-19-TW-2018', '19-CT/TW', '2018-01-10', 'ban_bi_thu', 12);
    expect(get('CT-19-TW-2018').subject).toContain('Khơ-me');
    expect(get('CT-19-TW-2018').fields).toContain('ethnic');
  });

  it('Chỉ thị 04-CT/TW of 6/7/2011 of the XI Secretariat is on people-to-people diplomacy (seed 003)', () => {
    expectDoc('CT-04-TW-2011', '04-CT/TW', '2011-07-06', 'ban_bi_thu', 11);
    expect(get('CT-04-TW-2011').subject).toContain('đối ngoại nhân dân');
  });

  it('Kế hoạch 06-KH/BDVTW "Năm dân vận khéo" 2020 (seeds 003 and 004)', () => {
    expectDoc('KH-06-BDVTW-2020', '06-KH/BDVTW', '2020-02-19', 'ban_dan_van_tw', null);
    expect(get('KH-06-BDVTW-2020').fields).toContain('emulation');
  });

  it('Kết luận 114-KL/TW (2015) and Kết luận 43-KL/TW (2019, not 2023) of the Secretariat', () => {
    expectDoc('KL-114-TW-2015', '114-KL/TW', '2015-07-14', 'ban_bi_thu', 11);
    expectDoc('KL-43-TW-2019', '43-KL/TW', '2019-01-07', 'ban_bi_thu', 12);
    expect(get('KL-43-TW-2019').relations).toContainEqual({ relation: 'continues', targetKey: 'NQ-25-TW-2013' });
  });

  it('Nghị quyết 43-NQ/TW (2023) continues Nghị quyết 23-NQ/TW (2003)', () => {
    expectDoc('NQ-43-TW-2023', '43-NQ/TW', '2023-11-24', 'bch_tw', 13);
    expectDoc('NQ-23-TW-2003', '23-NQ/TW', '2003-03-12', 'bch_tw', 9);
  });

  it('Quyết định 217-QĐ/TW and 218-QĐ/TW of 12/12/2013 of the XI Politburo', () => {
    expectDoc('QD-217-TW-2013', '217-QĐ/TW', '2013-12-12', 'bo_chinh_tri', 11);
    expectDoc('QD-218-TW-2013', '218-QĐ/TW', '2013-12-12', 'bo_chinh_tri', 11);
  });

  it('Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 replaces Pháp lệnh 34/2007 and is guided by Nghị định 59/2023', () => {
    expectDoc('LUAT-10-2022-QH15', '10/2022/QH15', '2022-11-10', 'quoc_hoi', 15);
    expect(get('LUAT-10-2022-QH15').relations).toContainEqual({ relation: 'replaces', targetKey: 'PL-34-2007-UBTVQH11' });
    expect(get('ND-59-2023-CP').relations).toContainEqual({ relation: 'guides', targetKey: 'LUAT-10-2022-QH15' });
  });

  it('keeps the three "25-NQ/TW" apart by date', () => {
    const twentyFives = CATALOGUE.filter((e) => e.symbol === '25-NQ/TW').map((e) => e.issueDate).sort();
    expect(twentyFives).toEqual(['2003-03-12', '2008-07-25', '2013-06-03']);
  });
});
