import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts, extractionSteps, joinSoftBreaks } from './index.ts';

const seed = (name: string) => readFileSync(new URL(`../../../../bench/extraction/seeds/${name}`, import.meta.url), 'utf8');
const docs = (text: string) =>
  extractFacts(text).documents.map((d) => ({ kind: d.kind, number: d.number, symbol: d.symbol, date: d.date, issuer: d.issuerName, term: d.term }));
const people = (text: string) => extractFacts(text).people.map((p) => ({ name: p.name, titles: p.titles }));
const awards = (text: string) => extractFacts(text).awards.map((w) => ({ giver: w.giver, kind: w.kind, collectives: w.collectives, individuals: w.individuals }));
const eventDate = (text: string) => extractFacts(text).eventDate?.date ?? null;

describe('the issue’s seed 003 (Tây Ninh, 19/01/2021)', () => {
  const text = seed('003_6ff3ef6cd877eee6.txt');
  const x = extractFacts(text);

  it('finds the six documents with date, issuer and term', () => {
    expect(docs(text)).toEqual([
      { kind: 'conclusion', number: '03', symbol: null, date: '2016-05-13', issuer: 'Ban Bí thư', term: null },
      { kind: 'decision', number: '290', symbol: null, date: null, issuer: 'Bộ Chính trị', term: 10 },
      { kind: 'directive', number: '19', symbol: null, date: '2018-01-10', issuer: 'Ban Bí thư', term: null },
      { kind: 'conclusion', number: '08', symbol: null, date: '2011-08-02', issuer: 'Ban Bí thư', term: 11 },
      { kind: 'scheme', number: '08', symbol: null, date: '2020-03-27', issuer: null, term: null },
      { kind: 'directive', number: '04', symbol: null, date: '2011-07-06', issuer: 'Ban Bí thư', term: 11 },
    ]);
  });

  it('finds the three people with their titles, written the modern way', () => {
    expect(people(text)).toEqual([
      { name: 'Lê Minh Thế', titles: ['Trưởng ban Dân vận Tỉnh ủy'] },
      { name: 'Nguyễn Văn Hợp', titles: ['Chủ tịch UB.MTTQVN tỉnh'] },
      { name: 'Lý Trung Đông', titles: ['Phó Trưởng Ban Dân vận Tỉnh ủy'] },
    ]);
  });

  it('counts the awards: 54 collectives + 40 individuals by UBND tỉnh, 6 collectives by the commission', () => {
    expect(awards(text)).toEqual([
      { giver: 'UBND tỉnh', kind: 'bang_khen', collectives: 54, individuals: 40 },
      expect.objectContaining({ giver: 'Ban Dân vận Tỉnh ủy', collectives: 6, individuals: null }),
    ]);
    expect(x.awards[0]?.reason).toMatch(/^thành tích xuất sắc/u);
  });

  it('resolves "Chiều 19.1" against the date line', () => {
    expect(x.publishedDate).toBe('2021-01-19');
    expect(x.eventDate).toMatchObject({ date: '2021-01-19', publishedDate: '2021-01-19' });
    expect(text.slice(x.eventDate!.start, x.eventDate!.end)).toBe('Chiều 19.1');
  });

  it('gives offsets that point at the mentions in the text as given', () => {
    for (const d of x.documents) for (const m of d.mentions) expect(text.slice(m.start, m.end)).toMatch(new RegExp(`^${d.kindLabel.split(' ')[0]}`, 'iu'));
    for (const p of x.people) expect(text.slice(p.start, p.end).normalize('NFC')).toBe(p.name);
    expect(x.units.map((u) => u.name)).toEqual(expect.arrayContaining(['Ban Dân vận Tỉnh ủy', 'UBND tỉnh', 'Ban Thường vụ Huyện ủy Bến Cầu']));
  });
});

describe('documents', () => {
  it('merges a short mention into the full one and keeps every mention', () => {
    const text = 'Thực hiện Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư về tăng cường công tác. Sau 3 năm, Chỉ thị 19 đã đi vào cuộc sống.';
    const x = extractFacts(text);
    expect(x.documents).toHaveLength(1);
    expect(x.documents[0]).toMatchObject({ kind: 'directive', number: '19', symbol: '19-CT/TW', date: '2018-01-10', issuer: 'ban_bi_thu' });
    expect(x.documents[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual([expect.stringMatching(/^Chỉ thị số 19-CT\/TW/u), 'Chỉ thị 19']);
  });

  it('keeps two documents apart when their fields conflict', () => {
    const text = 'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và Chỉ thị số 05-CT/TU ngày 23/5/2021 của Ban Thường vụ Tỉnh ủy.';
    expect(docs(text).map((d) => [d.symbol, d.date])).toEqual([
      ['05-CT/TW', '2016-05-15'],
      ['05-CT/TU', '2021-05-23'],
    ]);
  });

  it('gives a shared date phrase to each document before it', () => {
    const text = 'quán triệt Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị (khóa XI).';
    expect(docs(text).map((d) => [d.number, d.date, d.issuer, d.term])).toEqual([
      ['217', '2013-12-12', 'Bộ Chính trị', 11],
      ['218', '2013-12-12', 'Bộ Chính trị', 11],
    ]);
  });

  it('reads an issuance clause: date and issuer before the document', () => {
    const text = '21/01/2021 02:57\n\nĐể cuộc bầu cử thành công, ngày 19.1, Chủ tịch UBND tỉnh đã ban hành Chỉ thị 114/CT-UBND về tổ chức cuộc bầu cử.';
    expect(docs(text)).toEqual([expect.objectContaining({ number: '114', date: '2021-01-19', issuer: 'Chủ tịch UBND tỉnh' })]);
    const thayMat = 'Ngày 20/6/2020, thay mặt Bộ Chính trị, Tổng Bí thư Nguyễn Phú Trọng đã ký ban hành Chỉ thị số 45-CT/TW về lãnh đạo cuộc bầu cử.';
    expect(docs(thayMat)).toEqual([expect.objectContaining({ number: '45', date: '2020-06-20', issuer: 'Bộ Chính trị' })]);
  });

  it('reads a numbered alias in brackets after the description', () => {
    const text = 'Ban Bí thư ban hành Quy định ngày 2/2/2018 của Ban Bí thư về giám sát của Mặt trận (Quy định số 124).';
    expect(docs(text)).toEqual([expect.objectContaining({ kind: 'regulation', number: '124', date: '2018-02-02', issuer: 'Ban Bí thư' })]);
  });

  it('reads State forms and takes one symbol as one document', () => {
    const text = 'Ngày 14/8/2023 Chính phủ ban hành Nghị định số 59/2023/NĐ-CP quy định chi tiết. Theo đó, Nghị định 59 quy định…\nSố: 59/2023/NĐ-CP';
    expect(docs(text)).toEqual([{ kind: 'decree', number: '59', symbol: '59/2023/NĐ-CP', date: '2023-08-14', issuer: 'Chính phủ', term: null }]);
  });

  it('reads NFD text, old tone placement and hard-wrapped lines', () => {
    const text = 'tổng kết Kết luận số 08 ngày 2.8.2011 của Ban Bí thư (khoá XI) về xây dựng cốt cán trong tôn giáo'.normalize('NFD');
    expect(docs(text)).toEqual([expect.objectContaining({ number: '08', date: '2011-08-02', issuer: 'Ban Bí thư', term: 11 })]);
    const wrapped = 'sơ kết 3 năm thực hiện Chỉ thị số 19\nngày 10.1.2018 của Ban Bí thư về công tác';
    expect(joinSoftBreaks(wrapped)).toHaveLength(wrapped.length);
    expect(docs(wrapped)).toEqual([expect.objectContaining({ number: '19', date: '2018-01-10', issuer: 'Ban Bí thư' })]);
  });
});

describe('people and titles', () => {
  it('reads "các ông: A - X, Y; B - Z"', () => {
    const text =
      'Ngày 4-2, các ông: Nguyễn Khắc Định - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; Nguyễn Tấn Tuân - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh làm việc với Ban Dân vận Tỉnh ủy.';
    expect(people(text)).toEqual([
      { name: 'Nguyễn Khắc Định', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'] },
      { name: 'Nguyễn Tấn Tuân', titles: ['Phó Bí thư Thường trực Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] },
    ]);
  });

  it('reads titles before the name, with and without an honorific', () => {
    expect(people('Phát biểu kết luận, đồng chí Trưởng Ban Dân vận Tỉnh ủy Phạm Thái Hanh đề nghị các cơ quan…')).toEqual([
      { name: 'Phạm Thái Hanh', titles: ['Trưởng Ban Dân vận Tỉnh ủy'] },
    ]);
    expect(people('Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng đã ký.')).toEqual([{ name: 'Nguyễn Phú Trọng', titles: ['Tổng Bí thư', 'Chủ tịch nước'] }]);
  });

  it('separates a place from the name that follows it', () => {
    expect(people('Dự có đồng chí Bí thư Tỉnh đoàn Tiền Giang Nguyễn Quang Minh.')).toEqual([
      { name: 'Nguyễn Quang Minh', titles: ['Bí thư Tỉnh đoàn Tiền Giang'] },
    ]);
  });

  it('merges the titles of repeated mentions and stops a title at the verb', () => {
    const text = 'Ông Lê Minh Thế-Trưởng ban Dân vận Tỉnh uỷ chủ trì hội nghị. Ông Lê Minh Thế - Trưởng Ban Dân vận Tỉnh uỷ phát biểu chỉ đạo.';
    expect(people(text)).toEqual([{ name: 'Lê Minh Thế', titles: ['Trưởng ban Dân vận Tỉnh ủy'] }]);
  });

  it('takes full-name bylines and leaves initials alone', () => {
    const body = 'Năm 2016, công tác dân vận của hệ thống chính trị từ tỉnh đến cơ sở có nhiều chuyển biến tích cực và đạt được nhiều kết quả quan trọng.';
    expect(extractFacts(`${body}\n\nQuang Hưng (Đài Tiên Yên)\n`).people).toEqual([expect.objectContaining({ name: 'Quang Hưng', titles: [], byline: true })]);
    expect(extractFacts(`${body}\n\nN.D\n`).people).toEqual([]);
    expect(extractFacts(`${body}\n\nĐÔNG HIẾU\n`).people.map((p) => p.name)).toEqual(['Đông Hiếu']);
    expect(extractFacts(`${body}\n\nThống kê truy cập\nĐang truy cập: 1`).people).toEqual([]);
  });
});

describe('awards', () => {
  it('reads the giver before the verb and "của" after the kind', () => {
    expect(awards('Dịp này, UBND tỉnh tặng Bằng khen 60 cá nhân; Ủy ban MTTQ tỉnh tặng Bằng khen 60 cá nhân có thành tích xuất sắc.')).toEqual([
      { giver: 'UBND tỉnh', kind: 'bang_khen', collectives: null, individuals: 60 },
      { giver: 'Ủy ban MTTQ tỉnh', kind: 'bang_khen', collectives: null, individuals: 60 },
    ]);
    expect(awards('Đồng chí Bí thư trao Bằng khen của Ban Dân vận Trung ương cho 5 tập thể, 7 cá nhân.')).toEqual([
      { giver: 'Ban Dân vận Trung ương', kind: 'bang_khen', collectives: 5, individuals: 7 },
    ]);
  });

  it('reads counts before the kind and the giver right after it', () => {
    expect(awards('Dịp này, tỉnh Nghệ An có 5 tập thể được tặng Cờ thi đua Chính phủ gồm các đơn vị sau.')).toEqual([
      { giver: 'Chính phủ', kind: 'co_thi_dua', collectives: 5, individuals: null },
    ]);
  });

  it('leaves a number shared by collectives and individuals unread', () => {
    expect(awards('UBND tỉnh tặng Bằng khen cho 58 tập thể, cá nhân có thành tích xuất sắc.')).toEqual([
      { giver: 'UBND tỉnh', kind: 'bang_khen', collectives: null, individuals: null },
    ]);
  });

  it('folds a mention without counts into its counted twin, and drops generic ones', () => {
    const text = 'Ông Lê Minh Thế tặng bằng khen của UBND tỉnh cho các tập thể. Nhân dịp này, UBND tỉnh đã tặng bằng khen cho 54 tập thể và 40 cá nhân.';
    expect(awards(text)).toEqual([{ giver: 'UBND tỉnh', kind: 'bang_khen', collectives: 54, individuals: 40 }]);
    expect(awards('Chủ tịch nước Trần Đức Lương vừa ký quyết định tặng thưởng Huân chương Sao Vàng cho Ban Dân vận Trung ương Đảng.')).toEqual([
      { giver: 'Chủ tịch nước', kind: 'huan_chuong', collectives: null, individuals: null },
    ]);
  });

  it('splits two pairs of counts into two awards', () => {
    expect(awards('Thành phố đã trao Giấy khen cho 11 tập thể, 21 cá nhân vì đóng góp; và 11 tập thể, 11 cá nhân đã có đóng góp tích cực.').map((w) => [w.collectives, w.individuals])).toEqual([
      [11, 21],
      [11, 11],
    ]);
  });
});

describe('event date', () => {
  it('reads the date line forms', () => {
    expect(extractFacts('Thứ Tư, 30/11/2016, 11:06 [GMT+7]\n\nNgày 29/11, tại huyện Tiên Yên, hội nghị diễn ra.').eventDate?.date).toBe('2016-11-29');
    expect(extractFacts('28-02-2024 18:17\n\nSáng 27/2, hội nghị diễn ra.').eventDate?.date).toBe('2024-02-27');
    expect(extractFacts(' date 2023-12\nChiều 13/12, hội nghị tổng kết.').eventDate?.date).toBe('2023-12-13');
  });

  it('takes the year before when the day falls after the date line', () => {
    expect(eventDate('05/01/2021 08:00\n\nNgày 29/12, Ban Dân vận tổ chức hội nghị.')).toBe('2020-12-29');
  });

  it('gives no date when there is no date line and no year', () => {
    expect(eventDate('Chiều 2-7, đồng chí Dương Xuân Hùng chủ trì Hội nghị sơ kết năm 2020.')).toBeNull();
    expect(eventDate('Sáng ngày 04 tháng 02 năm 2021, Ban Dân vận tổ chức hội nghị.')).toBe('2021-02-04');
  });

  it('skips future days, documents’ dates and quoted speech; takes the first day of a range', () => {
    expect(eventDate('21/01/2021 02:57\nNgày bầu cử sẽ được tiến hành vào Chủ nhật, ngày 23.5.2021. Ngày 19.1, UBND tỉnh họp.')).toBe('2021-01-19');
    expect(eventDate('Tại Quy định ngày 2/2/2018 về giám sát của Mặt trận.')).toBeNull();
    expect(eventDate('Thứ Bảy, 20/04/2019, 04:41:40\n\nTrong hai ngày 18 và 19-4, Đoàn công tác làm việc tại Nghệ An.')).toBe('2019-04-18');
  });

  it('reads "sáng nay" as the date line’s day', () => {
    expect(eventDate('Cập nhật ngày: 08/02/2022 - 10:00\n\nSáng nay, Ban Dân vận Tỉnh ủy tổ chức hội nghị.')).toBe('2022-02-08');
  });
});

describe('robustness (fast-check)', () => {
  const vietnamese = fc.constantFrom(
    'Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư',
    'ông Lê Minh Thế - Trưởng Ban Dân vận Tỉnh uỷ',
    'UBND tỉnh tặng bằng khen cho 54 tập thể và 40 cá nhân',
    'Chiều 19.1, ',
    'Cập nhật ngày: 19/01/2021 - 20:08\n',
    'các ông: ',
    '(khoá XI)',
    '; ',
    '\n',
    '“',
    '”',
  );
  const piece = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }), vietnamese);
  const texts = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

  it('never throws and keeps every offset inside the text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(() => extractionSteps(text)).not.toThrow();
        const x = extractFacts(text);
        const spans = [
          ...x.documents.flatMap((d) => [d, ...d.mentions]),
          ...x.people.flatMap((p) => [p, ...p.mentions]),
          ...x.awards,
          ...x.units.flatMap((u) => [u, ...u.mentions]),
          ...(x.eventDate ? [x.eventDate] : []),
        ];
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeGreaterThanOrEqual(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  const adversarial: [string, (n: number) => string][] = [
    ['digits', (n) => '1'.repeat(n)],
    ['dotted dates', (n) => '1.'.repeat(n / 2)],
    ['hyphens', (n) => '-'.repeat(n)],
    ['combining marks', (n) => `a${'\u0301'.repeat(n - 1)}`],
    ['title-case names', (n) => 'Nguyễn '.repeat(n / 7)],
    ['titles without a name', (n) => 'Trưởng Ban '.repeat(n / 11)],
    ['honorifics', (n) => 'các ông: '.repeat(n / 9)],
    ['kinds and numbers', (n) => 'Chỉ thị số 1 và '.repeat(n / 16)],
    ['award words', (n) => 'Bằng khen 5 tập thể '.repeat(n / 20)],
    ['day phrases', (n) => 'Ngày 1/1 '.repeat(n / 9)],
    ['one long sentence of units', (n) => 'Ban Dân vận Tỉnh ủy và '.repeat(n / 23)],
    ['random text', (n) => fc.sample(fc.string({ minLength: n, maxLength: n }), { numRuns: 1, seed: 7 })[0] ?? ''],
  ];

  it.each(adversarial)('does linear work on %s', (_name, make) => {
    const small = extractionSteps(make(20_000));
    const large = extractionSteps(make(160_000));
    // 8× the input: linear work grows about 8×; anything quadratic would be ~64×.
    expect(large / small).toBeLessThan(8 * 1.5);
  });
});
