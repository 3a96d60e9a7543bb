import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorClient } from '../../test/actors.ts';
import { buildWorld, TINY_PDF } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { loadCatalogue } from './catalogue/catalogue.load.ts';
import { CATALOGUE } from './catalogue/catalogue.data.ts';
import { countFiles, type DocumentValues, insertDocument } from './documents.repository.ts';
import { identityKeyOf, searchTextOf } from './documents.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadCatalogue(t.deps.db, t.deps.now());
});
afterAll(() => t.close());

const plan = (ownerUnitId: string, extra: Record<string, unknown> = {}) => ({
  ownerUnitId,
  kind: 'plan',
  number: '01',
  symbol: '01-KH/HU',
  issueDate: '2024-01-15',
  issuerName: 'Ban Thường vụ Huyện ủy',
  subject: 'thực hiện công tác dân vận năm 2024',
  fields: ['mass_mobilization'],
  ...extra,
});

describe('registry identity', () => {
  it('refuses a duplicate with a message that links the existing record', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const first = await s.post('/api/documents', plan(w.units.D1!.id));
    expect(first.status).toBe(201);
    expect(first.body.citation).toBe('Kế hoạch số 01-KH/HU, ngày 15/01/2024 của Ban Thường vụ Huyện ủy về thực hiện công tác dân vận năm 2024');
    const again = await s.post('/api/documents', plan(w.units.D1!.id, { symbol: '01 - KH/HU', subject: 'khác' }));
    expect(again.status).toBe(409);
    expect(again.body.error.reason).toBe('DUPLICATE');
    expect(again.body.error.data.existingId).toBe(first.body.id);
    expect(again.body.error.message).toContain('01-KH/HU');
  });

  it('accepts the same number in another term', async () => {
    const w = await buildWorld(t.deps.db);
    const admin = await actorClient(t, w.units.root!.id, 'admin');
    const base = { ownerUnitId: null, kind: 'directive', number: '99', symbol: '99-CT/TW', issuerCode: 'ban_bi_thu', issuerName: 'Ban Bí thư', subject: `thử nghiệm ${w.tag}` };
    expect((await admin.post('/api/documents', { ...base, term: 11 })).status).toBe(201);
    expect((await admin.post('/api/documents', { ...base, term: 12 })).status).toBe(201);
    expect((await admin.post('/api/documents', { ...base, term: 12 })).status).toBe(409);
  });

  it('needs a date or a term, and names the field', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const res = await s.post('/api/documents', plan(w.units.D1!.id, { issueDate: null, number: 'mười' }));
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['issueDate', 'number']);
  });

  it('keeps central documents to those allowed to manage them', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.PC!.id, 'specialist');
    const res = await s.post('/api/documents', { ...plan(w.units.P!.id), ownerUnitId: null });
    expect(res.status).toBe(403);
  });
});

describe('scope', () => {
  it('central documents are read by everyone; a unit document by its subtree and units below; changed only in scope', async () => {
    const w = await buildWorld(t.deps.db);
    const province = await actorClient(t, w.units.PC!.id, 'specialist');
    const doc = (await province.post('/api/documents', plan(w.units.P!.id, { symbol: '01-KH/TU', issuerName: 'Ban Thường vụ Tỉnh ủy' }))).body;
    const district = await actorClient(t, w.units.D1c!.id, 'specialist');
    const commune = await actorClient(t, w.units.C1!.id, 'viewer');
    const other = await buildWorld(t.deps.db);
    const stranger = await actorClient(t, other.units.PC!.id, 'specialist');
    expect((await district.get(`/api/documents/${doc.id}`)).status).toBe(200);
    expect((await commune.get(`/api/documents/${doc.id}`)).status).toBe(200);
    expect((await stranger.get(`/api/documents/${doc.id}`)).status).toBe(404);
    const edit = await district.put(`/api/documents/${doc.id}`, { ...plan(w.units.P!.id, { symbol: '01-KH/TU', issuerName: 'Ban Thường vụ Tỉnh ủy' }), version: doc.version, subject: 'sửa' });
    expect(edit.status).toBe(403);
    const kl114 = CATALOGUE.find((e) => e.symbol === '114-KL/TW');
    const found = await stranger.get(`/api/documents?q=${encodeURIComponent('ket luan 114')}`);
    expect(found.body.items.map((d: { symbol: string }) => d.symbol)).toContain(kl114?.symbol);
  });
});

describe('search', () => {
  /** A document straight into the registry; `word` makes it findable by this test alone. */
  const register = async (ownerUnitId: string | null, word: string, v: Partial<DocumentValues> = {}) => {
    const base = { ownerUnitId, kind: 'plan' as const, number: '7', symbol: null, issueDate: '2025-03-01', issuerCode: null, issuerName: 'Ban Dân vận', issuerUnitId: null, term: null, subject: `về công tác dân vận ${word}`, ...v };
    return insertDocument(t.deps.db, { ...base, identityKey: identityKeyOf(base), searchText: searchTextOf(base) });
  };
  type Found = { items: { id: string }[]; total: number };
  const ids = (body: Found) => body.items.map((d) => d.id);

  it('finds for a commune the central documents, its own, its predecessor’s and those of the units above it, and nothing of a sibling', async () => {
    const w = await buildWorld(t.deps.db);
    const other = await buildWorld(t.deps.db);
    const word = `tk${w.tag}`;
    const central = await register(null, word, { issueDate: '2025-06-01' });
    const province = await register(w.units.P!.id, word, { issueDate: '2025-05-01' });
    const district = await register(w.units.D1!.id, word, { issueDate: '2025-04-01' });
    const own = await register(w.units.C1!.id, word, { issueDate: '2025-03-01' });
    const predecessor = await register(w.units.C0!.id, word, { issueDate: null, term: 13 });
    const peer = await register(w.units.D2!.id, word);
    const commission = await register(w.units.PC!.id, word);
    const elsewhere = await register(other.units.C1!.id, word);
    const commune = await actorClient(t, w.units.C1!.id, 'viewer');
    const expected = [central.id, province.id, district.id, own.id, predecessor.id];

    const all = await commune.get(`/api/documents?q=${word}&pageSize=20`);
    expect(all.body).toMatchObject({ total: 5 });
    expect(ids(all.body)).toEqual(expected);
    const pages = await Promise.all([1, 2, 3].map((page) => commune.get(`/api/documents?q=${word}&pageSize=2&page=${page}`)));
    expect(pages.map((r) => r.body.total)).toEqual([5, 5, 5]);
    expect(pages.flatMap((r) => ids(r.body))).toEqual(expected);
    expect((await commune.get(`/api/documents?q=${word}&scope=own`)).body).toMatchObject({ total: 2, items: [{ id: own.id }, { id: predecessor.id }] });
    expect((await commune.get(`/api/documents?q=${word}&scope=central`)).body).toMatchObject({ total: 1, items: [{ id: central.id }] });

    const admin = await actorClient(t, w.units.root!.id, 'admin');
    const everything = await admin.get(`/api/documents?q=${word}&pageSize=20`);
    expect(everything.body.total).toBe(7);
    expect(ids(everything.body).sort()).toEqual([...expected, peer.id, commission.id].sort());
    expect(ids(everything.body)).not.toContain(elsewhere.id);
  });

  it('gives the total with an empty page past the end', async () => {
    const w = await buildWorld(t.deps.db);
    const word = `tk${w.tag}`;
    for (const unit of [w.units.C1!, w.units.D1!, w.units.P!]) await register(unit.id, word);
    const commune = await actorClient(t, w.units.C1!.id, 'viewer');
    const past = await commune.get(`/api/documents?q=${word}&pageSize=2&page=3`);
    expect(past.status).toBe(200);
    expect(past.body).toMatchObject({ items: [], total: 3, page: 3 });
    const admin = await actorClient(t, w.units.root!.id, 'admin');
    expect((await admin.get(`/api/documents?q=${word}&pageSize=2&page=5`)).body).toMatchObject({ items: [], total: 3 });
    expect((await commune.get(`/api/documents?q=${word}zz`)).body).toMatchObject({ items: [], total: 0 });
  });

  it('pages documents sharing date, kind and number in one order, without repeating or skipping one', async () => {
    const w = await buildWorld(t.deps.db);
    const word = `tk${w.tag}`;
    const made = [];
    for (const issuerName of ['Chi bộ Một', 'Chi bộ Hai', 'Chi bộ Ba', 'Chi bộ Bốn']) made.push(await register(w.units.C1!.id, word, { issuerName }));
    const commune = await actorClient(t, w.units.C1!.id, 'viewer');
    const pages = await Promise.all([1, 2, 3, 4].map((page) => commune.get(`/api/documents?q=${word}&pageSize=1&page=${page}`)));
    expect(pages.flatMap((r) => ids(r.body))).toEqual(made.map((d) => d.id).sort());
  });
});

describe('attachments', () => {
  const upload = (client: Awaited<ReturnType<typeof actorClient>>, id: string, name: string, content: Buffer) => {
    const form = new FormData();
    form.append('file', new File([new Uint8Array(content)], name, { type: 'application/pdf' }));
    return client.post(`/api/documents/${id}/attachments`, form);
  };

  it('stores a PDF once by checksum, whatever the number of documents', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const a = (await s.post('/api/documents', plan(w.units.D1!.id))).body;
    const b = (await s.post('/api/documents', plan(w.units.D1!.id, { number: '02', symbol: '02-KH/HU' }))).body;
    const content = Buffer.concat([TINY_PDF, Buffer.from(w.tag)]);
    const before = await countFiles(t.deps.db);
    const r1 = await upload(s, a.id, 'kế-hoạch.pdf', content);
    expect(r1.status).toBe(201);
    expect(r1.body).toMatchObject({ fileName: 'kế-hoạch.pdf', mediaType: 'application/pdf', size: content.length });
    expect((await upload(s, b.id, 'ban-sao.pdf', content)).status).toBe(201);
    expect(await countFiles(t.deps.db)).toBe(before + 1);
    const detail = (await s.get(`/api/documents/${b.id}`)).body;
    const download = await s.get(`/api/documents/${b.id}/attachments/${detail.attachments[0].id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
  });

  it.each([
    ['a Word file renamed .pdf', 'gia-mao.pdf', Buffer.from('PK\u0003\u0004 not really a docx, just a zip header and text'.padEnd(200, ' '), 'latin1'), 422, /không phải PDF hoặc DOCX/u],
    ['a text file named .pdf', 'ghi-chu.pdf', Buffer.from('Đây là văn bản thường, không phải PDF'), 422, /không phải PDF hoặc DOCX/u],
    ['an empty file', 'rong.pdf', Buffer.alloc(0), 422, /rỗng/u],
    ['a file over the size limit', 'qua-lon.pdf', Buffer.concat([TINY_PDF, Buffer.alloc(20 * 1024 * 1024)]), 413, /quá lớn/u],
  ])('refuses %s with a clear error and stores nothing', async (_what, name, content, status, message) => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const doc = (await s.post('/api/documents', plan(w.units.D1!.id))).body;
    const files = await countFiles(t.deps.db);
    const auditBefore = (await s.get(`/api/audit?entityId=${doc.id}`)).body.total;
    const res = await upload(s, doc.id, name, content);
    expect(res.status).toBe(status);
    expect(res.body.error.message).toMatch(message);
    expect(await countFiles(t.deps.db)).toBe(files);
    expect((await s.get(`/api/documents/${doc.id}`)).body.attachments).toEqual([]);
    expect((await s.get(`/api/audit?entityId=${doc.id}`)).body.total).toBe(auditBefore);
  });
});

describe('review calendar', () => {
  it('the 2021 calendar built from the catalogue lists the seeds’ reviews', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.PC!.id, 'specialist');
    const res = await s.get('/api/documents/reviews/calendar?year=2021');
    expect(res.status).toBe(200);
    const items = res.body.items as { milestone: { kind: string; dueDate: string; yearsAfter: number }; document: { symbol: string }; state: string }[];
    const rows = items.map((i) => `${i.milestone.kind} ${i.milestone.yearsAfter} ${i.document.symbol} ${i.milestone.dueDate}`);
    expect(rows).toEqual(
      expect.arrayContaining(['interim 5 03-KL/TW 2021-05-13', 'interim 3 19-CT/TW 2021-01-10', 'final 10 08-KL/TW 2021-08-02']),
    );
    // The test clock is in 2026: every 2021 review not recorded as done is overdue.
    expect(new Set(items.map((i) => i.state))).toEqual(new Set(['overdue']));
  });

  it('marks a review done for a unit with its report, which the unit then sees as done', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.PC!.id, 'specialist');
    const cal = (await s.get('/api/documents/reviews/calendar?year=2021')).body.items as { milestone: { id: string }; document: { symbol: string } }[];
    const kl03 = cal.find((i) => i.document.symbol === '03-KL/TW')!;
    const done = await s.post(`/api/documents/milestones/${kl03.milestone.id}/complete`, { unitId: w.units.P!.id, doneDate: '2021-06-20', reportRef: 'Báo cáo số 312-BC/TU' });
    expect(done.status).toBe(200);
    const after = (await s.get('/api/documents/reviews/calendar?year=2021')).body.items.find((i: { milestone: { id: string } }) => i.milestone.id === kl03.milestone.id);
    expect(after.state).toBe('done');
    expect(after.completion.reportRef).toBe('Báo cáo số 312-BC/TU');
    const otherProvince = await buildWorld(t.deps.db);
    const o = await actorClient(t, otherProvince.units.PC!.id, 'viewer');
    const theirs = (await o.get('/api/documents/reviews/calendar?year=2021')).body.items.find((i: { milestone: { id: string } }) => i.milestone.id === kl03.milestone.id);
    expect(theirs.state).toBe('overdue');
  });

  it('suggests reviews by kind and computes the due date from the issue date', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const doc = (await s.post('/api/documents', { ...plan(w.units.D1!.id), kind: 'resolution', number: '05', symbol: '05-NQ/HU', issueDate: '2020-02-29' })).body;
    const detail = (await s.get(`/api/documents/${doc.id}`)).body;
    expect(detail.suggestions).toEqual([
      { kind: 'interim', yearsAfter: 5, dueDate: '2025-02-28' },
      { kind: 'final', yearsAfter: 10, dueDate: '2030-02-28' },
    ]);
    const m = await s.post(`/api/documents/${doc.id}/milestones`, { kind: 'interim', yearsAfter: 3 });
    expect(m.status).toBe(201);
    expect(m.body.dueDate).toBe('2023-02-28');
    const bad = await s.post(`/api/documents/${doc.id}/milestones`, { kind: 'other', yearsAfter: 3, dueDate: '2024-01-01' });
    expect(bad.status).toBe(422);
  });
});

describe('reference catalogue', () => {
  it('loads every entry once and is idempotent', async () => {
    const again = await loadCatalogue(t.deps.db, t.deps.now());
    expect(again).toMatchObject({ inserted: 0, updated: 0, milestones: 0 });
    const w = await buildWorld(t.deps.db);
    const v = await actorClient(t, w.units.C1!.id, 'viewer');
    const central = await v.get('/api/documents?scope=central&pageSize=200');
    expect(central.body.total).toBeGreaterThanOrEqual(CATALOGUE.length);
  });

  it('updates from a new catalogue without losing local edits', async () => {
    const w = await buildWorld(t.deps.db);
    const admin = await actorClient(t, w.units.root!.id, 'admin');
    const entry = CATALOGUE.find((e) => e.symbol === '19-CT/TW')!;
    const list = await admin.get(`/api/documents?q=${encodeURIComponent('chi thi 19')}&scope=central`);
    const doc = list.body.items.find((d: { symbol: string }) => d.symbol === '19-CT/TW');
    const full = (await admin.get(`/api/documents/${doc.id}`)).body;
    const localSubject = `${full.subject} (ghi chú địa phương)`;
    const edited = await admin.put(`/api/documents/${doc.id}`, {
      version: full.version,
      ownerUnitId: null,
      kind: full.kind,
      number: full.number,
      symbol: full.symbol,
      issueDate: full.issueDate,
      issuerCode: full.issuerCode,
      issuerName: full.issuerName,
      term: full.term,
      subject: localSubject,
      fields: full.fields,
      status: full.status,
      note: full.note,
    });
    expect(edited.status).toBe(200);
    const newer = CATALOGUE.map((e) => (e.key === entry.key ? { ...e, subject: 'về một trích yếu mới của danh mục', status: 'replaced' as const } : e));
    const result = await loadCatalogue(t.deps.db, t.deps.now(), newer);
    expect(result.updated).toBe(1);
    expect(result.keptLocalEdits).toEqual([{ key: entry.key, fields: ['subject'] }]);
    const after = (await admin.get(`/api/documents/${doc.id}`)).body;
    expect(after.subject).toBe(localSubject);
    expect(after.status).toBe('replaced');
    await loadCatalogue(t.deps.db, t.deps.now());
  });
});
