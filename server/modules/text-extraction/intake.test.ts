import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { actorClient } from '../../test/actors.ts';
import { buildWorld, insertTestPerson, insertTestPosition } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { docxOf, pdfWithoutText, pdfWithText, SEED_003_TEXT, zipOf } from '../../test/text-files.ts';
import { loadCatalogue } from '../documents/index.ts';
import { contentHashOf, titleOf } from './intake.service.ts';
import { normaliseText } from './reading/index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadCatalogue(t.deps.db, t.deps.now());
});
afterAll(() => t.close());

type Client = Awaited<ReturnType<typeof actorClient>>;

/** Rows of every table an accept may write, to prove that a refused one wrote nothing. */
interface Counts {
  documents: number;
  persons: number;
  positions: number;
  awards: number;
  events: number;
  texts: number;
  audit: number;
}

async function counts(): Promise<Counts> {
  const [r] = await queryRows<Counts>(
    t.deps.db,
    sql`select (select count(*)::int from documents) as documents, (select count(*)::int from persons) as persons,
      (select count(*)::int from positions) as positions, (select count(*)::int from intake_awards) as awards,
      (select count(*)::int from intake_events) as events, (select count(*)::int from intake_texts) as texts,
      (select count(*)::int from audit_log) as audit`,
  );
  return r!;
}

const upload = (client: Client, name: string, content: Buffer | string, batchId?: string) => {
  const form = new FormData();
  form.append('file', new File([typeof content === 'string' ? content : new Uint8Array(content)], name));
  if (batchId) form.append('batchId', batchId);
  return client.post('/api/intake/files', form);
};

/** A pasted seed 003 with a tag so that each test has its own text. */
const paste = (client: Client, tag: string, text = SEED_003_TEXT) => client.post('/api/intake/texts', { text: `${text}\n\n${tag}` });

interface Proposal {
  index: number;
  status: string;
  suggested: boolean;
  missing: string[];
  values: Record<string, unknown>;
  existing: { id: string; citation?: string } | null;
}

/** The body of "accept everything suggested", with Đề án 08's missing issuer filled in. */
function acceptAllBody(detail: { version: number; proposals: { documents: Proposal[]; persons: Proposal[]; awards: Proposal[]; event: Proposal | null } }) {
  const p = detail.proposals;
  const docs = p.documents
    .filter((d) => d.status === 'new')
    .map((d) => ({ index: d.index, ...d.values, issuerName: (d.values.issuerName as string) || 'Ban Thường vụ Tỉnh ủy' }));
  return {
    version: detail.version,
    documents: docs,
    persons: p.persons.filter((x) => x.suggested).map((x) => ({ index: x.index, ...x.values })),
    awards: p.awards.filter((x) => x.suggested).map((x) => ({ index: x.index, ...x.values })),
    event: p.event?.suggested ? p.event.values : null,
  };
}

describe('importing texts', () => {
  it('stores a pasted text once by content; pasting it again (even in NFD) creates nothing and answers the existing text', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const first = await paste(s, w.tag);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ duplicate: false, outcome: 'new', text: { title: 'Ban Dân vận Tỉnh uỷ triển khai nhiệm vụ công tác Dân vận năm 2021', sourceName: 'Văn bản dán', sourceKind: 'paste', status: 'pending' } });
    expect(first.body.text.counts).toEqual({ documents: 6, people: 3, awards: expect.any(Number) });
    const before = await counts();
    const again = await s.post('/api/intake/texts', { text: `  ${`${SEED_003_TEXT}\n\n${w.tag}`.normalize('NFD').replace(/\n/gu, '\r\n')}  ` });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ duplicate: true, outcome: 'duplicate', text: { id: first.body.text.id } });
    expect(await counts()).toEqual(before);
  });

  it('keeps the same text apart per unit: another district imports its own copy', async () => {
    const w = await buildWorld(t.deps.db);
    const d1 = await actorClient(t, w.units.D1c!.id, 'specialist');
    const d2 = await actorClient(t, w.units.D2c!.id, 'specialist');
    const a = await paste(d1, w.tag);
    const b = await paste(d2, w.tag);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body.text.id).not.toBe(a.body.text.id);
  });

  it('imports a batch of files — text, Word, PDF and a zip — counting new, already there and errors; the same batch again creates nothing', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const seed = `${SEED_003_TEXT}\n${w.tag}`;
    const files: [string, Buffer][] = [
      ['003.txt', Buffer.from(seed, 'utf8')],
      ['bao-cao.docx', await docxOf([`Báo cáo ${w.tag}`, 'Ông Lý Trung Đông - Phó Trưởng Ban Dân vận Tỉnh ủy dự hội nghị.'])],
      ['ke-hoach.pdf', pdfWithText([[`Ke hoach ${w.tag}`, 'Chi thi so 19 ngay 10/01/2018 cua Ban Bi thu']])],
      ['lo.zip', await zipOf({ 'ban-sao-003.txt': Buffer.from(`\uFEFF${seed}`, 'utf8'), 'quet.pdf': pdfWithoutText(), 'ghi-chu.txt': `Ghi chú ${w.tag}` })],
    ];
    const run = async () => {
      const batch = await s.post('/api/intake/batches', { fileCount: files.length });
      expect(batch.status).toBe(201);
      const answers = [];
      for (const [name, content] of files) answers.push(await upload(s, name, content, batch.body.id));
      return { batch: (await s.get(`/api/intake/batches/${batch.body.id}`)).body, answers };
    };
    const first = await run();
    expect(first.answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
    expect(first.answers[3]!.body.items.map((i: { name: string; outcome: string }) => `${i.name} ${i.outcome}`)).toEqual([
      'lo.zip/ban-sao-003.txt duplicate',
      'lo.zip/ghi-chu.txt new',
      'lo.zip/quet.pdf error',
    ]);
    expect(first.answers[3]!.body.items[2].message.vi).toBe('Tệp PDF không có lớp chữ (ảnh quét) — cần nhận dạng chữ (OCR) trước khi nhập.');
    expect(first.batch).toMatchObject({ fileCount: 4, newCount: 4, duplicateCount: 1, errorCount: 1 });
    expect(first.batch.texts.map((x: { sourceName: string }) => x.sourceName)).toEqual(['003.txt', 'bao-cao.docx', 'ke-hoach.pdf', 'lo.zip/ghi-chu.txt']);
    const kinds = await s.get(`/api/intake/texts?batchId=${first.batch.id}`);
    expect(kinds.body.items.map((x: { sourceKind: string }) => x.sourceKind).sort()).toEqual(['docx', 'pdf', 'txt', 'txt']);

    const before = await counts();
    const second = await run();
    expect(second.answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(second.batch).toMatchObject({ newCount: 0, duplicateCount: 5, errorCount: 1 });
    expect((await counts()).texts).toBe(before.texts);
  });

  it('refuses a file it cannot read with a clear message, records the error in the batch, and stores nothing', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const batch = (await s.post('/api/intake/batches', { fileCount: 2 })).body;
    const before = await counts();
    const scan = await upload(s, 'bien-ban-quet.pdf', pdfWithoutText(), batch.id);
    expect(scan.status).toBe(422);
    expect(scan.body.error.message).toBe('Tệp "bien-ban-quet.pdf": Tệp PDF không có lớp chữ (ảnh quét) — cần nhận dạng chữ (OCR) trước khi nhập.');
    expect(scan.body.error.fields.file).toBeTypeOf('string');
    const doc = await upload(s, 'cu.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), batch.id);
    expect(doc.status).toBe(422);
    expect(doc.body.error.message).toMatch(/\.docx/u);
    expect((await counts()).texts).toBe(before.texts);
    expect((await s.get(`/api/intake/batches/${batch.id}`)).body).toMatchObject({ newCount: 0, errorCount: 2 });
    const none = await s.post('/api/intake/files', new FormData());
    expect(none.status).toBe(422);
    expect(none.body.error.fields.file).toBeTypeOf('string');
    const big = await upload(s, 'qua-lon.txt', Buffer.alloc(20 * 1024 * 1024 + 10, 0x61));
    expect(big.status).toBe(413);
    expect(big.body.error.message).toMatch(/quá lớn/u);
  });

  it('refuses an empty paste and names the field', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const res = await s.post('/api/intake/texts', { text: '   \n ', batchId: 'khong-phai-uuid' });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['batchId', 'text']);
  });

  it('lists texts in scope with filters: status and a search without diacritics', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    await paste(s, w.tag);
    await s.post('/api/intake/texts', { title: `Ghi chép ${w.tag}`, text: 'Đồng chí Phạm Thái Hanh, Trưởng Ban Dân vận Tỉnh ủy phát biểu.' });
    const found = await s.get(`/api/intake/texts?q=${encodeURIComponent('ghi chep')}`);
    expect(found.body.items.map((i: { title: string }) => i.title)).toEqual([`Ghi chép ${w.tag}`]);
    expect((await s.get('/api/intake/texts?q=le%20minh%20the')).body.total).toBe(1);
    expect((await s.get('/api/intake/texts?status=pending')).body.total).toBe(2);
    expect((await s.get('/api/intake/texts?status=accepted')).body.total).toBe(0);
    // The province's commission works for the provincial committee: its scope holds the district's texts.
    const province = await actorClient(t, w.units.PC!.id, 'leader');
    expect((await province.get('/api/intake/texts')).body.total).toBe(2);
    const commune = await actorClient(t, w.units.C1!.id, 'specialist');
    expect((await commune.get('/api/intake/texts')).body.total).toBe(0);
  });
});

describe('access', () => {
  it('answers 404 for another unit’s text and batch, and 403 to roles without intake rights', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const text = (await paste(s, w.tag)).body.text;
    const batch = (await s.post('/api/intake/batches', { fileCount: 1 })).body;
    const peer = await actorClient(t, w.units.D2c!.id, 'specialist');
    expect((await peer.get(`/api/intake/texts/${text.id}`)).status).toBe(404);
    expect((await peer.post(`/api/intake/texts/${text.id}/accept`, { version: 1 })).status).toBe(404);
    expect((await peer.post(`/api/intake/texts/${text.id}/reject`, { version: 1 })).status).toBe(404);
    expect((await peer.get(`/api/intake/batches/${batch.id}`)).status).toBe(404);
    expect((await upload(peer, 'a.txt', 'Một văn bản', batch.id)).status).toBe(404);
    const below = await actorClient(t, w.units.C1!.id, 'specialist');
    expect((await below.get(`/api/intake/texts/${text.id}`)).status).toBe(404);
    for (const role of ['viewer', 'reporter'] as const) {
      const c = await actorClient(t, w.units.D1c!.id, role);
      expect((await c.get('/api/intake/texts')).status).toBe(403);
      expect((await c.get(`/api/intake/texts/${text.id}`)).status).toBe(403);
      expect((await paste(c, `${w.tag}-${role}`)).status).toBe(403);
    }
  });

  it('refuses (403) an accept whose proposal needs a right the actor lacks — a central document — and names it', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const text = (await paste(s, w.tag)).body.text;
    const detail = (await s.get(`/api/intake/texts/${text.id}`)).body;
    const scheme = detail.proposals.documents.find((d: Proposal) => d.status === 'new');
    const before = await counts();
    const res = await s.post(`/api/intake/texts/${text.id}/accept`, {
      version: detail.version,
      documents: [{ index: scheme.index, ...scheme.values, ownerUnitId: null, issuerName: 'Ban Thường vụ Tỉnh ủy' }],
      event: detail.proposals.event.values,
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/^Văn bản thứ 1 \(Đề án số 08\): /u);
    expect(res.body.error.fields['documents.0']).toBeTypeOf('string');
    expect(await counts()).toEqual(before);
  });
});

describe('review and accept', () => {
  it('proposes registry documents matched by identity, new people with their positions, the awards and the event', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const text = (await paste(s, w.tag)).body.text;
    const res = await s.get(`/api/intake/texts/${text.id}`);
    expect(res.status).toBe(200);
    expect(res.body.text.startsWith('Ban Dân vận Tỉnh uỷ triển khai')).toBe(true);
    const docs = res.body.proposals.documents as Proposal[];
    expect(docs.map((d) => `${d.values.kind} ${d.values.number} ${d.status} ${d.existing?.citation?.split(',')[0] ?? ''}`)).toEqual([
      'conclusion 03 exists Kết luận số 03-KL/TW',
      'decision 290 exists Quyết định số 290-QĐ/TW',
      'directive 19 exists Chỉ thị số 19-CT/TW',
      'conclusion 08 exists Kết luận số 08-KL/TW',
      'scheme 08 new ',
      'directive 04 exists Chỉ thị số 04-CT/TW',
    ]);
    const scheme = docs[4]!;
    expect(scheme).toMatchObject({ missing: ['issuerName'], suggested: false, values: { ownerUnitId: w.units.D1c!.id, issueDate: '2020-03-27', subject: 'Tập hợp, đoàn kết công nhân trên địa bàn tỉnh giai đoạn 2020-2025' } });
    const people = res.body.proposals.persons as (Proposal & { name: string })[];
    expect(people.map((p) => `${p.name}: ${(p.values.positions as { title: string }[]).map((x) => x.title).join('; ')}`)).toEqual([
      'Lê Minh Thế: Trưởng ban Dân vận Tỉnh ủy',
      'Nguyễn Văn Hợp: Chủ tịch UB.MTTQVN tỉnh',
      'Lý Trung Đông: Phó Trưởng Ban Dân vận Tỉnh ủy',
    ]);
    expect(people.every((p) => p.status === 'new' && p.suggested && p.values.unitId === w.units.D1c!.id)).toBe(true);
    const awards = res.body.proposals.awards as Proposal[];
    expect(awards.find((a) => a.values.collectives === 54)).toMatchObject({ status: 'new', values: { giver: 'UBND tỉnh', kind: 'bang_khen', individuals: 40, awardDate: '2021-01-19' } });
    expect(res.body.proposals.event).toMatchObject({ status: 'new', suggested: true, values: { eventDate: '2021-01-19', title: text.title } });
    expect(res.body.abilities).toEqual({ accept: true, reject: true, acceptDocuments: true, acceptPeople: true });
  });

  it('matches a person already in scope by name, proposing only the titles not yet held', async () => {
    const w = await buildWorld(t.deps.db);
    const person = await insertTestPerson(t.deps.db, w.units.C1!.id, 'LÊ MINH THẾ');
    await insertTestPosition(t.deps.db, person.id, w.units.C1!.id, 'Trưởng Ban Dân vận Tỉnh uỷ');
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const text = (await paste(s, w.tag)).body.text;
    const p = (await s.get(`/api/intake/texts/${text.id}`)).body.proposals.persons[0];
    expect(p).toMatchObject({ status: 'exists', suggested: false, existing: { id: person.id, unitId: w.units.C1!.id }, values: { personId: person.id, positions: [] } });
  });

  it('adds to a person already on record only the title the text gives and the person does not hold', async () => {
    const w = await buildWorld(t.deps.db);
    const person = await insertTestPerson(t.deps.db, w.units.C1!.id, 'Lý Trung Đông');
    await insertTestPosition(t.deps.db, person.id, w.units.C1!.id, 'Bí thư Chi bộ');
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const text = (await paste(s, w.tag)).body.text;
    const detail = (await s.get(`/api/intake/texts/${text.id}`)).body;
    const p = detail.proposals.persons.find((x: { name: string }) => x.name === 'Lý Trung Đông');
    expect(p).toMatchObject({ status: 'exists', suggested: true, values: { personId: person.id, positions: [{ title: 'Phó Trưởng Ban Dân vận Tỉnh ủy', unitId: w.units.C1!.id }] } });
    const before = await counts();
    const res = await s.post(`/api/intake/texts/${text.id}/accept`, { version: detail.version, persons: [{ index: p.index, ...p.values }] });
    expect(res.status).toBe(200);
    expect(res.body.created).toMatchObject({ persons: 0, positions: 1 });
    const after = await counts();
    expect([after.persons - before.persons, after.positions - before.positions]).toEqual([0, 1]);
    const titles = (await s.get(`/api/persons/${person.id}`)).body.positions.map((x: { title: string }) => x.title).sort();
    expect(titles).toEqual(['Bí thư Chi bộ', 'Phó Trưởng Ban Dân vận Tỉnh ủy']);
  });

  it('accepts everything in one transaction with audit rows; the text is then accepted and a second accept creates nothing', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const text = (await paste(s, w.tag)).body.text;
    const detail = (await s.get(`/api/intake/texts/${text.id}`)).body;
    const body = acceptAllBody(detail);
    const before = await counts();
    const res = await s.post(`/api/intake/texts/${text.id}/accept`, body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const awardCount = body.awards.length;
    expect(res.body.created).toEqual({ documents: 1, persons: 3, positions: 3, awards: awardCount, events: 1 });
    const after = await counts();
    expect(after.documents - before.documents).toBe(1);
    expect(after.persons - before.persons).toBe(3);
    expect(after.positions - before.positions).toBe(3);
    expect(after.awards - before.awards).toBe(awardCount);
    expect(after.events - before.events).toBe(1);
    // One audit row per record, and one for the text.
    expect(after.audit - before.audit).toBe(1 + 3 + 3 + awardCount + 1 + 1);
    expect(res.body.status).toBe('accepted');
    expect(res.body.version).toBe(detail.version + 1);
    const p = res.body.proposals;
    expect(p.documents.every((d: Proposal) => d.status === 'exists')).toBe(true);
    expect(p.persons.every((x: Proposal) => x.status === 'exists' && !x.suggested && (x.values.positions as unknown[]).length === 0)).toBe(true);
    expect(p.awards.every((x: Proposal) => x.status === 'exists')).toBe(true);
    expect(p.event.status).toBe('exists');

    const registry = await s.get(`/api/documents?q=${encodeURIComponent('de an 08')}&scope=own`);
    expect(registry.body.items.map((d: { citation: string }) => d.citation)).toEqual([
      'Đề án số 08, ngày 27/03/2020 của Ban Thường vụ Tỉnh ủy về Tập hợp, đoàn kết công nhân trên địa bàn tỉnh giai đoạn 2020-2025',
    ]);

    // The same payload again is refused as a whole, naming what is already there; nothing is written.
    const replay = await s.post(`/api/intake/texts/${text.id}/accept`, { ...body, version: res.body.version });
    expect(replay.status).toBe(422);
    expect(Object.keys(replay.body.error.fields)).toEqual(expect.arrayContaining(['awards.0', 'event', 'persons.0']));
    expect(await counts()).toEqual(after);
    // Accepting what the fresh proposals suggest creates nothing new.
    const again = await s.post(`/api/intake/texts/${text.id}/accept`, acceptAllBody(res.body));
    expect(again.status).toBe(200);
    expect(again.body.created).toEqual({ documents: 0, persons: 0, positions: 0, awards: 0, events: 0 });
    const final = await counts();
    expect({ ...final, audit: 0 }).toEqual({ ...after, audit: 0 });
  });

  it('rolls everything back when one proposal fails inside the transaction, and names it', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const text = (await paste(s, w.tag)).body.text;
    const detail = (await s.get(`/api/intake/texts/${text.id}`)).body;
    const body = acceptAllBody(detail);
    // Chỉ thị 19 is already in the registry: registering it again conflicts — after everything else was written.
    const ct19 = detail.proposals.documents.find((d: Proposal) => d.values.number === '19');
    body.documents.push({ index: ct19.index, ...ct19.values, symbol: '19-CT/TW', term: 12, issuerName: 'Ban Bí thư' });
    const before = await counts();
    const res = await s.post(`/api/intake/texts/${text.id}/accept`, body);
    expect(res.status).toBe(409);
    expect(res.body.error.reason).toBe('DUPLICATE');
    expect(res.body.error.message).toMatch(/^Văn bản thứ 2 \(Chỉ thị số 19\): Văn bản này đã có trong sổ/u);
    expect(Object.keys(res.body.error.fields)).toEqual(['documents.1']);
    expect(await counts()).toEqual(before);
    const still = (await s.get(`/api/intake/texts/${text.id}`)).body;
    expect(still.status).toBe('pending');
    expect(still.version).toBe(detail.version);
  });

  it('names every bad field of an accept, across proposals, and writes nothing', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const text = (await paste(s, w.tag)).body.text;
    const detail = (await s.get(`/api/intake/texts/${text.id}`)).body;
    const good = acceptAllBody(detail);
    const before = await counts();
    const res = await s.post(`/api/intake/texts/${text.id}/accept`, {
      version: detail.version,
      documents: [{ ...good.documents[0], number: 'mười', issueDate: '2020-13-45', issuerName: '' }],
      persons: [{ ...good.persons[0], fullName: ' ', unitId: 'x' }],
      awards: [{ ...good.awards[0], collectives: -1, kind: 'huy_hieu' }],
      event: { eventDate: '19/01/2021', title: 'Hội nghị' },
    });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.error.fields).sort()).toEqual([
      'awards.0.collectives',
      'awards.0.kind',
      'documents.0.issueDate',
      'documents.0.issuerName',
      'documents.0.number',
      'event.eventDate',
      'persons.0.fullName',
      'persons.0.unitId',
    ]);
    expect(await counts()).toEqual(before);
  });

  it('names the proposals whose units are out of scope or dissolved, and whose index the text does not have', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const text = (await paste(s, w.tag)).body.text;
    const detail = (await s.get(`/api/intake/texts/${text.id}`)).body;
    const good = acceptAllBody(detail);
    const res = await s.post(`/api/intake/texts/${text.id}/accept`, {
      version: detail.version,
      documents: [{ ...good.documents[0], ownerUnitId: w.units.D2!.id }],
      persons: [
        { ...good.persons[0], unitId: w.units.C0!.id },
        { ...good.persons[1], index: 99 },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toMatchObject({
      'documents.0.ownerUnitId': 'Không tìm thấy đơn vị trong phạm vi của bạn.',
      'persons.0.unitId': 'Đơn vị đã giải thể.',
      'persons.1.index': 'Không có đề xuất này trong văn bản.',
    });
  });

  it('refuses a stale version with 409 and writes nothing', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const text = (await paste(s, w.tag)).body.text;
    const detail = (await s.get(`/api/intake/texts/${text.id}`)).body;
    const before = await counts();
    const res = await s.post(`/api/intake/texts/${text.id}/accept`, { ...acceptAllBody(detail), version: detail.version + 1 });
    expect(res.status).toBe(409);
    expect(res.body.error.reason).toBe('STALE_VERSION');
    expect(await counts()).toEqual(before);
  });

  it('sets a text aside without writing anything but its status; it may still be accepted later, not set aside twice', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const text = (await paste(s, w.tag)).body.text;
    const detail = (await s.get(`/api/intake/texts/${text.id}`)).body;
    const before = await counts();
    const rejected = await s.post(`/api/intake/texts/${text.id}/reject`, { version: detail.version });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', abilities: { reject: false } });
    const after = await counts();
    expect({ ...after, audit: 0 }).toEqual({ ...before, audit: 0 });
    expect(after.audit).toBe(before.audit + 1);
    const twice = await s.post(`/api/intake/texts/${text.id}/reject`, { version: rejected.body.version });
    expect(twice.status).toBe(409);
    expect(twice.body.error.reason).toBe('NOT_PENDING');
    const accepted = await s.post(`/api/intake/texts/${text.id}/accept`, { version: rejected.body.version, event: detail.proposals.event.values });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', created: { events: 1 } });
  });
});

describe('helpers', () => {
  it.each([
    ['a headline after site chrome and a date line', 'Truy cập nội dung luôn\nĐăng nhập\n\n28-02-2024 18:17\nThực hiện tốt quy chế phối hợp', 'Thực hiện tốt quy chế phối hợp'],
    ['the first line when none reads like a headline', '09:02, 04/02/2020\nA', '09:02, 04/02/2020'],
    ['a long line cut at a word', `${'Công tác dân vận '.repeat(20)}`, expect.stringMatching(/^Công tác dân vận .{100,190}…$/u)],
  ])('titles a text by %s', (_what, text, title) => {
    expect(titleOf(text, 'tệp')).toEqual(title);
  });

  it('identifies a text by the SHA-256 of its normal form', () => {
    expect(contentHashOf('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(contentHashOf(normaliseText('\uFEFFHo\u0300a Bi\u0300nh\r\n'))).toBe(contentHashOf('Hòa Bình'));
  });
});
