/**
 * Reference catalogue: the central documents on mass-mobilisation work (công tác dân vận)
 * and the documents the seed news texts cite. Every entry records the public pages its facts
 * were checked against (`sources`) and, in `note`, anything that could not be confirmed.
 *
 * Conventions
 * - `key` is stable: `<KIND-ABBR>-<number>-<issuer symbol>-<year>` for Party documents,
 *   `<KIND>-<number>-<year>-<issuer>` for State ones. Never change a published key.
 * - `symbol` is written as printed on the document ("03-KL/TW", "10/2022/QH15").
 * - `term` is the Party term (khóa) of the issuing committee, or the National Assembly term for
 *   National Assembly / Standing Committee acts; null for bodies without a term (Government, commissions).
 * - `status` is as of 2026. A later document that "continues" an earlier one does not make the earlier
 *   one `replaced` unless a replacement clause was seen in a source.
 *
 * Kết luận 08 (2/8/2011) is confirmed only by the seed news article itself (source `seed:…`);
 * it is kept because the 2021 review calendar of the seeds depends on it.
 *
 * Cited by the seeds but NOT catalogued, because no public source could be found to check them:
 * - "Đề án số 08 ngày 27.3.2020 về “Tập hợp, đoàn kết công nhân trên địa bàn tỉnh giai đoạn 2020-2025”"
 *   (seed 003, a Tây Ninh provincial document; its issuer is not stated in the seed).
 */
import type { DocumentField, DocumentKind, DocumentRelation, DocumentStatus, IssuerCode } from '../../../../shared/documents.ts';

export interface CatalogueEntry {
  /** Stable key for updates, e.g. 'KL-03-TW-2016'. Never changes once published. */
  key: string;
  kind: DocumentKind;
  /** As printed, keeping leading zeros: '03', '19', '290'. */
  number: string;
  /** Full symbol as printed: '03-KL/TW', '10/2022/QH15', '59/2023/NĐ-CP'. */
  symbol: string;
  /** ISO 'YYYY-MM-DD'. */
  issueDate: string;
  issuer: IssuerCode;
  /** Party term (khóa) as a number; National Assembly term for its acts; null when not applicable. */
  term: number | null;
  /** Trích yếu, Vietnamese with diacritics, as in the official title. */
  subject: string;
  fields: DocumentField[];
  /** As of 2026. */
  status: DocumentStatus;
  relations: { relation: DocumentRelation; targetKey: string }[];
  sources: { url: string; title: string; checked: string; facts: string }[];
  /** Anything uncertain, in English. */
  note?: string;
}

const CHECKED = '2026-11-28';

export const CATALOGUE: CatalogueEntry[] = [
  // ─── Mass-mobilisation work: the core line ────────────────────────────────────────────────
  {
    key: 'NQ-25-TW-2013',
    kind: 'resolution',
    number: '25',
    symbol: '25-NQ/TW',
    issueDate: '2013-06-03',
    issuer: 'bch_tw',
    term: 11,
    subject: 'về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới',
    fields: ['mass_mobilization', 'party_building'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'https://baosonla.org.vn/thoi-su-chinh-tri-video/tang-cuong-va-doi-moi-su-lanh-dao-cua-dang-doi-voi-cong-tac-dan-van-trong-tinh-hinh-moi-5rPeYpNIR.html',
        title: 'Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới (Báo Sơn La)',
        checked: CHECKED,
        facts: 'number 25-NQ/TW, date 3/6/2013, issuer Ban Chấp hành Trung ương Đảng, subject',
      },
      {
        url: 'https://phapluatcongdong.vn/van-ban/van-ban-khac-110-kh-ubnd-ban-hanh-tinh-phu-yen-nam-2013-p214275.htm',
        title: 'Kế hoạch 110/KH-UBND năm 2013 thực hiện Chương trình hành động 17-CTr/TU, Nghị quyết 25-NQ/TW (Phú Yên)',
        checked: CHECKED,
        facts: 'number 25-NQ/TW, date 03/6/2013, issuer BCH TW, term khóa XI, subject',
      },
      {
        url: 'http://www.baomoi.com/Hoi-nghi-lan-thu-bay-Ban-chap-hanh-TU-Dang-khoa-XI-Bau-bo-sung-hai-Uy-vien-Bo-Chinh-tri/c/11030610.epi',
        title: 'Hội nghị lần thứ bảy Ban Chấp hành TƯ Đảng khóa XI (Báo Mới)',
        checked: CHECKED,
        facts: 'adopted at the 7th plenum of the 11th Central Committee (closed 11/5/2013); subject',
      },
    ],
  },
  {
    key: 'KL-43-TW-2019',
    kind: 'conclusion',
    number: '43',
    symbol: '43-KL/TW',
    issueDate: '2019-01-07',
    issuer: 'ban_bi_thu',
    term: 12,
    subject:
      'về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới',
    fields: ['mass_mobilization'],
    status: 'in_force',
    relations: [{ relation: 'continues', targetKey: 'NQ-25-TW-2013' }],
    sources: [
      {
        url: 'https://baosonla.org.vn/thoi-su-chinh-tri-video/tang-cuong-va-doi-moi-su-lanh-dao-cua-dang-doi-voi-cong-tac-dan-van-trong-tinh-hinh-moi-5rPeYpNIR.html',
        title: 'Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới (Báo Sơn La)',
        checked: CHECKED,
        facts: 'number 43-KL/TW, date 7/1/2019, issuer Ban Bí thư; reviewed together with NQ 25-NQ/TW (2013)',
      },
    ],
    note:
      'The issue text dated this conclusion to 2023; the source gives 7/1/2019. The subject wording (continuing the 7th plenum resolution of the 11th term, i.e. NQ 25-NQ/TW) is inferred from the joint review and was not read in a source. Term 12 inferred from the date.',
  },
  {
    key: 'QD-290-TW-2010',
    kind: 'decision',
    number: '290',
    symbol: '290-QĐ/TW',
    issueDate: '2010-02-25',
    issuer: 'bo_chinh_tri',
    term: 10,
    subject: 'về việc ban hành Quy chế công tác dân vận của hệ thống chính trị',
    fields: ['mass_mobilization'],
    status: 'replaced',
    relations: [],
    sources: [
      {
        url: 'http://danvan.vn/Home/Van-ban/Dang-Nha-nuoc/10538/Quyet-dinh-so-290-QDTW-ngay-25022010-cua-Bo-Chinh-tri-ve-viec-ban-hanh-Quy-che-cong-tac-dan-van-cua-he-thong-chinh-tri',
        title: 'Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị về việc ban hành Quy chế công tác dân vận của hệ thống chính trị (danvan.vn)',
        checked: CHECKED,
        facts: 'number, date 25/02/2010, issuer Bộ Chính trị (signed Nông Đức Mạnh), term khóa X, subject',
      },
      {
        url: 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-23-QD-TW-2021-Quy-che-cong-tac-dan-van-cua-he-thong-chinh-tri-483837.aspx',
        title: 'Quyết định 23-QĐ/TW 2021 Quy chế công tác dân vận của hệ thống chính trị (Thư viện Pháp luật)',
        checked: CHECKED,
        facts: 'number 290-QĐ/TW, date 25/02/2010, Bộ Chính trị khoá X; replaced by 23-QĐ/TW',
      },
    ],
  },
  {
    key: 'QD-23-TW-2021',
    kind: 'decision',
    number: '23',
    symbol: '23-QĐ/TW',
    issueDate: '2021-07-30',
    issuer: 'bo_chinh_tri',
    term: 13,
    subject: 'về việc ban hành Quy chế công tác dân vận của hệ thống chính trị',
    fields: ['mass_mobilization'],
    status: 'in_force',
    relations: [{ relation: 'replaces', targetKey: 'QD-290-TW-2010' }],
    sources: [
      {
        url: 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-23-QD-TW-2021-Quy-che-cong-tac-dan-van-cua-he-thong-chinh-tri-483837.aspx',
        title: 'Quyết định 23-QĐ/TW 2021 Quy chế công tác dân vận của hệ thống chính trị (Thư viện Pháp luật)',
        checked: CHECKED,
        facts:
          'number 23-QĐ/TW, date 30/7/2021, issuer Bộ Chính trị (signed Nguyễn Phú Trọng), term khoá XIII, subject; Article 3 replaces 290-QĐ/TW',
      },
    ],
  },
  {
    key: 'KL-03-TW-2016',
    kind: 'conclusion',
    number: '03',
    symbol: '03-KL/TW',
    issueDate: '2016-05-13',
    issuer: 'ban_bi_thu',
    term: 12,
    subject:
      'về tiếp tục thực hiện Quyết định số 290 của Bộ Chính trị khóa X về “Quy chế công tác dân vận của hệ thống chính trị”',
    fields: ['mass_mobilization'],
    status: 'expired',
    relations: [{ relation: 'continues', targetKey: 'QD-290-TW-2010' }],
    sources: [
      {
        url: 'https://ls1.hethongphapluat.com/ket-luan-03-kl-tw-nam-2016-ve-tiep-tuc-thuc-hien-quyet-dinh-290-qd-tw-ve-quy-che-cong-tac-dan-van-cua-he-thong-chinh-tri-do-ban-chap-hanh-trung-uong-ban-hanh.html',
        title: 'Kết luận 03-KL/TW năm 2016 về tiếp tục thực hiện Quyết định 290-QĐ/TW về Quy chế công tác dân vận của hệ thống chính trị (Hệ thống pháp luật)',
        checked: CHECKED,
        facts: 'number 03-KL/TW, date 13/5/2016, issuer Ban Bí thư ("Kết luận của Ban Bí thư"), subject (after the 5-year review of QĐ 290)',
      },
    ],
    note:
      'Term 12 inferred from the date (after the XII Congress, January 2016). Status "expired" is inferred: the decision it continues (290-QĐ/TW) was replaced by 23-QĐ/TW in 2021; no explicit repeal was seen.',
  },
  {
    key: 'KL-08-TW-2011',
    kind: 'conclusion',
    number: '08',
    symbol: '08-KL/TW',
    issueDate: '2011-08-02',
    issuer: 'ban_bi_thu',
    term: 11,
    subject: 'về xây dựng cốt cán trong tôn giáo',
    fields: ['religion', 'mass_mobilization'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'seed:003_6ff3ef6cd877eee6',
        title: 'Ban Dân vận Tỉnh uỷ triển khai nhiệm vụ công tác Dân vận năm 2021 (Báo Tây Ninh Online, 19/01/2021; the project seed 003)',
        checked: CHECKED,
        facts: 'number 08, date 2.8.2011, issuer Ban Bí thư, term khoá XI, subject "về xây dựng cốt cán trong tôn giáo"; a 10-year final review planned for 2021',
      },
    ],
    note:
      'Only the provincial news article (seed 003) could be found to confirm it; no page of the document itself was found. The symbol form 08-KL/TW is assumed from the Party numbering rules (the article writes "Kết luận số 08"). Kept because the 2021 review calendar depends on it; re-check when a primary source is found.',
  },
  {
    key: 'KL-114-TW-2015',
    kind: 'conclusion',
    number: '114',
    symbol: '114-KL/TW',
    issueDate: '2015-07-14',
    issuer: 'ban_bi_thu',
    term: 11,
    subject: 'về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp',
    fields: ['mass_mobilization'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'http://baodaknong.org.vn/tinh-dak-nong/day-manh-trien-khai-cong-tac-dan-van-cua-co-quan-nha-nuoc-60677.html',
        title: 'Đẩy mạnh triển khai công tác dân vận của cơ quan nhà nước (Báo Đắk Nông)',
        checked: CHECKED,
        facts: 'number 114-KL/TW, date 14/7/2015, issuer Ban Bí thư Trung ương Đảng khóa XI, subject as paraphrased by the article',
      },
    ],
    note:
      'Only an http:// source was found. The subject is as the source words it; the title is commonly cited as "về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp", which was not confirmed.',
  },

  // ─── Ethnic affairs ───────────────────────────────────────────────────────────────────────
  {
    key: 'CT-68-TW-1991',
    kind: 'directive',
    number: '68',
    symbol: '68-CT/TW',
    issueDate: '1991-04-18',
    issuer: 'ban_bi_thu',
    term: 6,
    subject: 'về công tác ở vùng đồng bào dân tộc Khơ-me',
    fields: ['ethnic'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'https://tulieuvankien.dangcongsan.vn/he-thong-van-ban/van-ban-cua-dang/chi-thi-so-19-cttw-ngay-10012018-cua-ban-bi-thu-ve-tang-cuong-cong-tac-o-vung-dong-bao-dan-toc-kho-me-trong-tinh-hinh-4225',
        title: 'Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khơ-me trong tình hình mới (Tư liệu văn kiện Đảng)',
        checked: CHECKED,
        facts: 'number 68-CT/TW, date 18-4-1991, issuer Ban Bí thư khóa VI, subject (cited in the preamble of 19-CT/TW)',
      },
      {
        url: 'https://baodantoc.vn/hoi-nghi-quan-triet-mot-so-chi-thi-van-ban-moi-cua-dang-7210.htm',
        title: 'Hội nghị quán triệt một số chỉ thị văn bản mới của Đảng (Báo Dân tộc và Phát triển)',
        checked: CHECKED,
        facts: 'Chỉ thị 68 issued 18/04/1991 on work among the Khmer',
      },
    ],
    note: 'Chỉ thị 19-CT/TW (2018) followed it after a 25-year review; no replacement clause was seen, so it is left in force.',
  },
  {
    key: 'CT-19-TW-2018',
    kind: 'directive',
    number: '19',
    symbol: '19-CT/TW',
    issueDate: '2018-01-10',
    issuer: 'ban_bi_thu',
    term: 12,
    subject: 'về tăng cường công tác ở vùng đồng bào dân tộc Khơ-me trong tình hình mới',
    fields: ['ethnic', 'mass_mobilization'],
    status: 'in_force',
    relations: [{ relation: 'continues', targetKey: 'CT-68-TW-1991' }],
    sources: [
      {
        url: 'https://tulieuvankien.dangcongsan.vn/he-thong-van-ban/van-ban-cua-dang/chi-thi-so-19-cttw-ngay-10012018-cua-ban-bi-thu-ve-tang-cuong-cong-tac-o-vung-dong-bao-dan-toc-kho-me-trong-tinh-hinh-4225',
        title: 'Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khơ-me trong tình hình mới (Tư liệu văn kiện Đảng)',
        checked: CHECKED,
        facts: 'number 19-CT/TW, date 10/01/2018, issuer Ban Bí thư (signed Trần Quốc Vượng), official subject',
      },
      {
        url: 'https://tapchicongsan.org.vn/web/guest/thuc-tien-kinh-nghiem1/-/2018/828853/vung-tay-nam-bo-qua-5-nam-thuc-hien-chi-thi-so-19-ct-tw%C2%A0cua-ban-bi-thu-%E2%80%9Cve-tang-cuong-cong-tac-o-vung-dong-bao%C2%A0dan-toc-khmer-trong-tinh-hinh-moi%E2%80%9D.aspx',
        title: 'Vùng Tây Nam Bộ qua 5 năm thực hiện Chỉ thị số 19-CT/TW của Ban Bí thư (Tạp chí Cộng sản)',
        checked: CHECKED,
        facts: 'number, issuer Ban Bí thư, subject (spelled "Khmer")',
      },
    ],
    note:
      'The official title spells "Khơ-me"; the seed and many news texts write "Khmer". Term 12 inferred from the date (Trần Quốc Vượng signed as Standing Member of the XII Secretariat).',
  },
  {
    key: 'NQ-24-TW-2003',
    kind: 'resolution',
    number: '24',
    symbol: '24-NQ/TW',
    issueDate: '2003-03-12',
    issuer: 'bch_tw',
    term: 9,
    subject: 'về công tác dân tộc',
    fields: ['ethnic'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'https://123docz.net/document/8384929-nq24-tw-ve-van-de-dan-toc.htm',
        title: 'NQ24-TW về vấn đề dân tộc (123docz)',
        checked: CHECKED,
        facts: 'number 24-NQ/TW, issuer BCH TW khóa IX, 7th plenum, subject "về công tác dân tộc"',
      },
      {
        url: 'https://nvsk.vnanet.vn/phat-huy-suc-manh-dai-doan-ket-dan-toc-1-32308.vna',
        title: 'Phát huy sức mạnh đại đoàn kết dân tộc (TTXVN)',
        checked: CHECKED,
        facts: 'the 7th plenum of the 9th Central Committee adopted resolutions on great national unity, on ethnic affairs and on religious affairs',
      },
    ],
    note:
      'DATE UNCONFIRMED: 2003-03-12 is the date verified for the two sister resolutions of the same plenum (23-NQ/TW and 25-NQ/TW); no source read states the date of 24-NQ/TW itself.',
  },

  // ─── Great national unity, the Front and mass organisations ───────────────────────────────
  {
    key: 'NQ-23-TW-2003',
    kind: 'resolution',
    number: '23',
    symbol: '23-NQ/TW',
    issueDate: '2003-03-12',
    issuer: 'bch_tw',
    term: 9,
    subject: 'về phát huy sức mạnh đại đoàn kết toàn dân tộc vì dân giàu, nước mạnh, xã hội công bằng, dân chủ, văn minh',
    fields: ['mass_mobilization', 'front_and_organizations'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'https://baolaocai.vn/suc-manh-dai-doan-ket-toan-dan-toc-nen-tang-dua-dat-nuoc-phat-trien-post376773.html',
        title: 'Sức mạnh đại đoàn kết toàn dân tộc - nền tảng đưa đất nước phát triển (Báo Lào Cai)',
        checked: CHECKED,
        facts: 'number 23, date 12/3/2003, issuer Ban Chấp hành Trung ương Đảng khóa IX, subject; 20-year review at the 8th plenum of the XIII term',
      },
      {
        url: 'https://danguykhoicqvadn.yenbai.gov.vn/sinh-hoat-chi-bo/nhung-diem-moi-noi-dung-cot-loi-nghi-quyet-so-43-nq-tw-ngay-24-11-2023-cua-ban-chap-hanh-trung-uong-dang-khoa-xiii-ve-tiep-tuc-phat-huy-truyen-thong-suc-manh-dai-doan-ket-toan-dan-toc-xay-dung-dat',
        title: 'Những điểm mới, nội dung cốt lõi Nghị quyết số 43-NQ/TW ngày 24/11/2023 (Đảng ủy Khối CQ&DN Yên Bái)',
        checked: CHECKED,
        facts: 'symbol 23-NQ/TW, BCH TW khoá IX, 2003',
      },
    ],
    note: 'Nghị quyết 43-NQ/TW (2023) followed it after the 20-year review; whether 43 formally supersedes 23 was not confirmed.',
  },
  {
    key: 'NQ-43-TW-2023',
    kind: 'resolution',
    number: '43',
    symbol: '43-NQ/TW',
    issueDate: '2023-11-24',
    issuer: 'bch_tw',
    term: 13,
    subject:
      'về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc',
    fields: ['mass_mobilization', 'front_and_organizations'],
    status: 'in_force',
    relations: [{ relation: 'continues', targetKey: 'NQ-23-TW-2003' }],
    sources: [
      {
        url: 'https://danguykhoicqvadn.yenbai.gov.vn/sinh-hoat-chi-bo/nhung-diem-moi-noi-dung-cot-loi-nghi-quyet-so-43-nq-tw-ngay-24-11-2023-cua-ban-chap-hanh-trung-uong-dang-khoa-xiii-ve-tiep-tuc-phat-huy-truyen-thong-suc-manh-dai-doan-ket-toan-dan-toc-xay-dung-dat',
        title: 'Những điểm mới, nội dung cốt lõi Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII (Đảng ủy Khối CQ&DN Yên Bái)',
        checked: CHECKED,
        facts: 'number 43-NQ/TW, date 24/11/2023, issuer BCH TW khóa XIII, subject (title cut after "xây dựng đất"); follows 20 years of NQ 23-NQ/TW',
      },
      {
        url: 'https://scov.gov.vn/thu-vien-video/phat-huy-suc-manh-dai-doan-ket-dan-toc-cua-kieu-bao-vtv4.html',
        title: 'Phát huy sức mạnh đại đoàn kết dân tộc của kiều bào (VTV4, scov.gov.vn)',
        checked: CHECKED,
        facts: 'the 8th plenum of the XIII Central Committee reviewed 20 years of NQ 23 and decided to continue promoting national unity',
      },
    ],
    note: 'The tail of the subject ("…xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc") was cut off in the source title and is not confirmed verbatim.',
  },
  {
    key: 'QD-217-TW-2013',
    kind: 'decision',
    number: '217',
    symbol: '217-QĐ/TW',
    issueDate: '2013-12-12',
    issuer: 'bo_chinh_tri',
    term: 11,
    subject:
      'về việc ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội',
    fields: ['front_and_organizations'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'http://www.lamdong.gov.vn/vi-VN/a/tinhuy/don-vi/vanphong/tin-tuc/Pages/HoinghicanbochuchotquantrietQuyetdinhso217-Q%C4%90TW.aspx',
        title: 'Hội nghị cán bộ chủ chốt quán triệt Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của Bộ Chính trị (Khóa XI) (Lâm Đồng)',
        checked: CHECKED,
        facts: 'number 217-QĐ/TW, date 12/12/2013, issuer Bộ Chính trị khóa XI, subject',
      },
      {
        url: 'https://cualo.vn/nghi-hai-trien-khai-thuc-hien-quyet-dinh-217-qd-tw-218-qd-tw-cua-bo-chinh-tri-khoa-xi/',
        title: 'Nghi Hải triển khai thực hiện Quyết định 217 QĐ/TW, 218 QĐ/TW của Bộ chính trị (khóa XI) (Cửa Lò)',
        checked: CHECKED,
        facts: 'number, issuer Bộ Chính trị khóa XI, subject',
      },
      {
        url: 'https://ldld.quangbinh.gov.vn/3cms/Ban-in-507.htm?art=13962393432237',
        title: 'Quyết định số 217/QĐ-TW ngày 12/12/2013 (LĐLĐ Quảng Bình)',
        checked: CHECKED,
        facts: 'number, date 12/12/2013, subject (this page names the issuer as "Ban Chấp hành Trung ương Đảng", i.e. the header body, not the signing body)',
      },
    ],
  },
  {
    key: 'QD-218-TW-2013',
    kind: 'decision',
    number: '218',
    symbol: '218-QĐ/TW',
    issueDate: '2013-12-12',
    issuer: 'bo_chinh_tri',
    term: 11,
    subject:
      'ban hành Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và Nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền',
    fields: ['front_and_organizations', 'party_building'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'https://uat-raovat.thuviennhadat.vn/vbpl/quyet-dinh-218-qd-tw-nam-2013-tham-gia-gop-y-xay-dung-dang-chinh-quyen-218636.html',
        title: 'Quyết định 218/QĐ-TW năm 2013 về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân tham gia góp ý xây dựng Đảng, chính quyền',
        checked: CHECKED,
        facts: 'number 218-QĐ/TW, date 12/12/2013, "Bộ Chính trị quyết định" (signed T/M Bộ Chính trị, Lê Hồng Anh), working rules of the XI term, subject',
      },
      {
        url: 'http://www.lamdong.gov.vn/vi-VN/a/tinhuy/don-vi/vanphong/tin-tuc/Pages/HoinghicanbochuchotquantrietQuyetdinhso217-Q%C4%90TW.aspx',
        title: 'Hội nghị cán bộ chủ chốt quán triệt Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của Bộ Chính trị (Khóa XI) (Lâm Đồng)',
        checked: CHECKED,
        facts: 'date 12/12/2013, Bộ Chính trị khóa XI, subject',
      },
    ],
  },
  {
    key: 'QDI-124-TW-2018',
    kind: 'regulation',
    number: '124',
    symbol: '124-QĐ/TW',
    issueDate: '2018-02-02',
    issuer: 'ban_bi_thu',
    term: 12,
    subject:
      'về giám sát của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và Nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên',
    fields: ['front_and_organizations', 'party_building'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'https://daidoanket.vn/tag/tu-dien-bien',
        title: 'Tự diễn biến (Đại Đoàn Kết, tag page)',
        checked: CHECKED,
        facts: 'Ban Bí thư issued the Quy định of 2/2/2018 (Quy định số 124) on supervision by the Front, socio-political organisations and the people; subject',
      },
    ],
    note: 'SYMBOL ASSUMED: the source gives only "Quy định số 124"; "124-QĐ/TW" is assumed because regulations issued before Hướng dẫn 36-HD/VPTW (2018) used QĐ rather than QĐi. Subject paraphrased from the source. Term 12 inferred from the date.',
  },

  // ─── Citizen reception and dialogue ───────────────────────────────────────────────────────
  {
    key: 'QDI-11-TW-2019',
    kind: 'regulation',
    number: '11',
    symbol: '11-QĐi/TW',
    issueDate: '2019-02-18',
    issuer: 'bo_chinh_tri',
    term: 12,
    subject:
      'về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân',
    fields: ['mass_mobilization', 'party_building'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thoi-su-phap-luat/chinh-sach-moi/22971/nguoi-dung-dau-cap-uy-cap-tinh-tiep-cong-dan-it-nhat-01-ngay-thang',
        title: 'Người đứng đầu cấp uỷ cấp tỉnh tiếp công dân ít nhất 01 ngày/tháng (Thư viện Pháp luật)',
        checked: CHECKED,
        facts: 'symbol 11-QĐi/TW, date 18/02/2019, issuer Bộ Chính trị, subject',
      },
      {
        url: 'https://baothanhhoa.vn/ve-trach-nhiem-cua-nguoi-dung-dau-cap-uy-trong-viec-tiep-va-xu-ly-phan-anh-cua-dan-270118.htm',
        title: 'Về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp và xử lý phản ánh của dân (Báo Thanh Hóa)',
        checked: CHECKED,
        facts: 'symbol 11-QĐi/TW, date 18/2/2019, Bộ Chính trị, subject; amended by Kết luận 215-KL/TW (2025)',
      },
    ],
    note: 'Term 12 inferred from the date. Amended in 2025 (see KL-215-TW-2025).',
  },
  {
    key: 'KL-215-TW-2025',
    kind: 'conclusion',
    number: '215',
    symbol: '215-KL/TW',
    issueDate: '2025-11-23',
    issuer: 'bo_chinh_tri',
    term: 13,
    subject:
      'về việc sửa đổi, bổ sung Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân',
    fields: ['mass_mobilization', 'party_building'],
    status: 'in_force',
    relations: [{ relation: 'amends', targetKey: 'QDI-11-TW-2019' }],
    sources: [
      {
        url: 'https://baothanhhoa.vn/ve-trach-nhiem-cua-nguoi-dung-dau-cap-uy-trong-viec-tiep-va-xu-ly-phan-anh-cua-dan-270118.htm',
        title: 'Về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp và xử lý phản ánh của dân (Báo Thanh Hóa)',
        checked: CHECKED,
        facts: 'number 215-KL/TW, date 23/11/2025, issuer Bộ Chính trị (signed by Trần Cẩm Tú on its behalf), subject and amended provisions',
      },
      {
        url: 'https://nld.com.vn/nguoi-dung-dau-cap-uy-cap-xa-tiep-dan-it-nhat-2-ngay-trong-1-thang-196251128154421048.htm',
        title: 'Người đứng đầu cấp ủy cấp xã tiếp dân ít nhất 2 ngày trong 1 tháng (Người Lao Động)',
        checked: CHECKED,
        facts: 'Kết luận 215 of the Bộ Chính trị amends Quy định 11-QĐi/TW; district level removed',
      },
    ],
    note: 'Term 13 inferred from the date (before the XIV Congress).',
  },

  // ─── Grassroots democracy ─────────────────────────────────────────────────────────────────
  {
    key: 'CT-30-TW-1998',
    kind: 'directive',
    number: '30',
    symbol: '30-CT/TW',
    issueDate: '1998-02-18',
    issuer: 'bo_chinh_tri',
    term: 8,
    subject: 'về xây dựng và thực hiện Quy chế dân chủ ở cơ sở',
    fields: ['grassroots_democracy'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'https://vanbanphapluat.co/ket-luan-so-120-kl-tw-xay-dung-thuc-hien-quy-che-dan-chu-o-co-so-2016',
        title: 'Kết luận số 120-KL/TW xây dựng thực hiện quy chế dân chủ ở cơ sở 2016 (vanbanphapluat.co)',
        checked: CHECKED,
        facts: 'symbol 30-CT/TW, date 18/02/1998, issuer Bộ Chính trị khóa VIII, subject',
      },
      {
        url: 'http://lyluanchinhtri.vn/home/index.php/thuc-tien/item/1054-nang-luc-cua-can-bo-xa-phuong-trong-thuc-hien-phap-lenh-dan-chu-o-co-so.html',
        title: 'Năng lực của cán bộ xã, phường trong thực hiện Pháp lệnh dân chủ ở cơ sở (Tạp chí Lý luận chính trị)',
        checked: CHECKED,
        facts: 'date 18-2-1998, Bộ Chính trị, symbol 30-CT/TW, subject',
      },
    ],
  },
  {
    key: 'KL-120-TW-2016',
    kind: 'conclusion',
    number: '120',
    symbol: '120-KL/TW',
    issueDate: '2016-01-07',
    issuer: 'bo_chinh_tri',
    term: 11,
    subject: 'về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện Quy chế dân chủ ở cơ sở',
    fields: ['grassroots_democracy'],
    status: 'in_force',
    relations: [{ relation: 'continues', targetKey: 'CT-30-TW-1998' }],
    sources: [
      {
        url: 'https://vanbanphapluat.co/ket-luan-so-120-kl-tw-xay-dung-thuc-hien-quy-che-dan-chu-o-co-so-2016',
        title: 'Kết luận số 120-KL/TW xây dựng thực hiện quy chế dân chủ ở cơ sở 2016 (vanbanphapluat.co)',
        checked: CHECKED,
        facts: 'number 120-KL/TW, date 07/01/2016, "Kết luận của Bộ Chính trị", subject; follows the final review of CT 30-CT/TW',
      },
      {
        url: 'https://baocamau.vn/video/xem-video/thuc-hien-tot-quy-che-dan-chu-o-co-so-cung-co-niem-tin-cua-nhan-dan-1409.html',
        title: 'Thực hiện tốt quy chế dân chủ ở cơ sở, củng cố niềm tin của Nhân dân (Báo Cà Mau)',
        checked: CHECKED,
        facts: 'date 07-01-2016, Bộ Chính trị khoá XI, subject',
      },
    ],
  },
  {
    key: 'PL-34-2007-UBTVQH11',
    kind: 'ordinance',
    number: '34',
    symbol: '34/2007/PL-UBTVQH11',
    issueDate: '2007-04-20',
    issuer: 'ubtv_quoc_hoi',
    term: 11,
    subject: 'về thực hiện dân chủ ở xã, phường, thị trấn',
    fields: ['grassroots_democracy'],
    status: 'replaced',
    relations: [],
    sources: [
      {
        url: 'https://thuvienphapluat.vn/van-ban/Quyen-dan-su/Phap-lenh-thuc-hien-dan-chu-o-xa-phuong-thi-tran-2007-34-2007-PL-UBTVQH11-19071.aspx',
        title: 'Pháp lệnh 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn (Thư viện Pháp luật)',
        checked: CHECKED,
        facts: 'symbol, date 20/04/2007, issuer Uỷ ban Thường vụ Quốc hội (signed Nguyễn Phú Trọng), subject',
      },
      {
        url: 'https://vietjack.me/phap-luat/luat-thuc-hien-dan-chu-o-co-so-2022/chuong-vi-910.html',
        title: 'Chương VI Luật Thực hiện dân chủ ở cơ sở 2022 (VietJack)',
        checked: CHECKED,
        facts: 'ceases to be in force when Luật 10/2022/QH15 takes effect (1/7/2023)',
      },
      {
        url: 'https://vbpl.vn/TW/Pages/vbpqen-print.aspx?ItemID=3702',
        title: 'Order on the promulgation of the Ordinance on Exercise of Democracy in Communes, Wards and Townships (vbpl.vn, English)',
        checked: CHECKED,
        facts: 'passed on April 20, 2007 by the Standing Committee of the XIth National Assembly (term)',
      },
    ],
    note: 'Term 11 = the XI National Assembly, whose Standing Committee passed it.',
  },
  {
    key: 'LUAT-10-2022-QH15',
    kind: 'law',
    number: '10',
    symbol: '10/2022/QH15',
    issueDate: '2022-11-10',
    issuer: 'quoc_hoi',
    term: 15,
    subject: 'Thực hiện dân chủ ở cơ sở',
    fields: ['grassroots_democracy'],
    status: 'in_force',
    relations: [{ relation: 'replaces', targetKey: 'PL-34-2007-UBTVQH11' }],
    sources: [
      {
        url: 'https://vietjack.me/phap-luat/luat-thuc-hien-dan-chu-o-co-so-2022/chuong-vi-910.html',
        title: 'Chương VI Luật Thực hiện dân chủ ở cơ sở 2022 (VietJack)',
        checked: CHECKED,
        facts: 'number 10/2022/QH15, issued 10/11/2022 by Quốc hội (signed Vương Đình Huệ), in force 01/07/2023; Pháp lệnh 34/2007/PL-UBTVQH11 ceases to be in force',
      },
      {
        url: 'https://snv.hanam.gov.vn/Pages/luat-thuc-hien-dan-chu-co-so-thuc-hien-dan-chu-o-xa-phuong-thi-tran.aspx',
        title: 'Luật Thực hiện Dân chủ cơ sở thực hiện dân chủ ở xã, phường, thị trấn (Sở Nội vụ Hà Nam)',
        checked: CHECKED,
        facts: 'passed 10/11/2022 at the 4th session of the XV National Assembly; 6 chapters, 91 articles',
      },
    ],
  },
  {
    key: 'ND-59-2023-CP',
    kind: 'decree',
    number: '59',
    symbol: '59/2023/NĐ-CP',
    issueDate: '2023-08-14',
    issuer: 'chinh_phu',
    term: null,
    subject: 'quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở',
    fields: ['grassroots_democracy'],
    status: 'in_force',
    relations: [{ relation: 'guides', targetKey: 'LUAT-10-2022-QH15' }],
    sources: [
      {
        url: 'https://sonv.ninhthuan.gov.vn/portal/Pages/2023-8-21/Nghi-dinh-Quy-dinh-chi-tiet-mot-so-dieu-cua-Luat-Tcv0nq6.aspx',
        title: 'Nghị định Quy định chi tiết một số điều của Luật Thực hiện dân chủ cơ sở (Sở Nội vụ Ninh Thuận)',
        checked: CHECKED,
        facts: 'number 59/2023/NĐ-CP, date 14/8/2023, issuer Chính phủ, subject',
      },
      {
        url: 'https://m.vinanet.vn/van-ban-phap-luat/nghi-dinh-so-592023nd-cp-quy-dinh-chi-tiet-mot-so-dieu-cua-luat-thuc-hien-dan-chu-o-co-so-772835.html',
        title: 'Nghị định số 59/2023/NĐ-CP quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở (Vinanet)',
        checked: CHECKED,
        facts: 'date 14/8/2023, Chính phủ, in force 15/8/2023, subject',
      },
    ],
  },

  // ─── Fatherland Front: law and joint resolution ───────────────────────────────────────────
  {
    key: 'LUAT-75-2015-QH13',
    kind: 'law',
    number: '75',
    symbol: '75/2015/QH13',
    issueDate: '2015-06-09',
    issuer: 'quoc_hoi',
    term: 13,
    subject: 'Mặt trận Tổ quốc Việt Nam',
    fields: ['front_and_organizations'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'https://luatminhkhue.vn/luat-mat-tran-to-quoc-viet-nam-2015.aspx',
        title: 'Luật Mặt trận Tổ quốc Việt Nam 2015 (Luật Minh Khuê)',
        checked: CHECKED,
        facts: 'Luật số 75/2015/QH13, Quốc hội, Hà Nội ngày 09/06/2015, title',
      },
      {
        url: 'https://daidoanket.vn/hoi-dap-ve-luat-mat-tran-to-quoc-viet-nam-ky-6-10026224.html',
        title: 'Hỏi đáp về Luật Mặt trận Tổ quốc Việt Nam (kỳ 6) (Đại Đoàn Kết)',
        checked: CHECKED,
        facts: 'passed 09/06/2015 at the 9th session of the XIII National Assembly',
      },
    ],
    note: 'Later amendments (e.g. during the 2025 reorganisation of the Front and mass organisations) were not checked and are not catalogued.',
  },
  {
    key: 'NQLT-403-2017',
    kind: 'joint_resolution',
    number: '403',
    symbol: '403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN',
    issueDate: '2017-06-15',
    issuer: 'ubtv_quoc_hoi',
    term: 14,
    subject: 'quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam',
    fields: ['front_and_organizations'],
    status: 'in_force',
    relations: [{ relation: 'guides', targetKey: 'LUAT-75-2015-QH13' }],
    sources: [
      {
        url: 'https://cadn.com.vn/print/ky-nghi-quyet-lien-tich-quy-dinh-chi-tiet-cac-hinh-thuc-giam-sat-va-phan-bien-xa-hoi-cua-mat-tran-to-quoc-viet-nam-post167678.html',
        title: 'Ký Nghị quyết liên tịch quy định chi tiết các hình thức giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam (Công an Đà Nẵng)',
        checked: CHECKED,
        facts: 'signed on the afternoon of 15-6(-2017) by the NA Chair, the Prime Minister and the Front Chair; details Articles 27 and 34 of the Law on the Front; 4 chapters, 25 articles',
      },
      {
        url: 'https://m.sggp.org.vn/cong-bo-4-nghi-quyet-cua-quoc-hoi-451619.html',
        title: 'Công bố 4 Nghị quyết của Quốc hội (SGGP)',
        checked: CHECKED,
        facts: 'full symbol 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN, joint issuers, subject',
      },
    ],
    note:
      'Joint act of the NA Standing Committee, the Government and the Presidium of the Front Central Committee; the issuer field can hold one body, so the first signatory (ubtv_quoc_hoi) is recorded. Term 14 from the symbol (UBTVQH14).',
  },

  // ─── Religion ─────────────────────────────────────────────────────────────────────────────
  {
    key: 'NQ-25-TW-2003',
    kind: 'resolution',
    number: '25',
    symbol: '25-NQ/TW',
    issueDate: '2003-03-12',
    issuer: 'bch_tw',
    term: 9,
    subject: 'về công tác tôn giáo',
    fields: ['religion'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'https://baomoi.com/nang-cao-chat-luong-doi-ngu-can-bo-lam-cong-tac-ton-giao-o-nuoc-ta-hien-nay/c/27826920.epi',
        title: 'Nâng cao chất lượng đội ngũ cán bộ làm công tác tôn giáo ở nước ta hiện nay (Tạp chí Cộng sản, via Báo Mới)',
        checked: CHECKED,
        facts: 'number 25-NQ/TW, date 12-3-2003, issuer Ban Chấp hành Trung ương Đảng khóa IX, subject "Về công tác tôn giáo"',
      },
      {
        url: 'https://tailieuthamkhao.com/bao-dam-quyen-tu-do-tin-nguong-va-tu-do-ton-giao-trong-phap-luat-viet-nam-8-60445',
        title: 'Bảo đảm quyền tự do tín ngưỡng và tự do tôn giáo trong pháp luật Việt Nam (tailieuthamkhao)',
        checked: CHECKED,
        facts: 'adopted at the 7th plenum of the IX Central Committee, 25-NQ/TW of 12-3-2003, on religious work',
      },
    ],
    note: 'Same number as the 2008 youth resolution and the 2013 mass-mobilisation resolution: Party numbering restarts each term.',
  },
  {
    key: 'LUAT-02-2016-QH14',
    kind: 'law',
    number: '02',
    symbol: '02/2016/QH14',
    issueDate: '2016-11-18',
    issuer: 'quoc_hoi',
    term: 14,
    subject: 'Tín ngưỡng, tôn giáo',
    fields: ['religion'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'https://vinhlam.vinhlinh.quangtri.gov.vn/vi/chi-tiet-tin/-/view-article/1/1650859357216/1712741378782',
        title: 'Trích một số nội dung cơ bản về Luật tín ngưỡng, tôn giáo số 02/2016/QH14 (xã Vĩnh Lâm, Quảng Trị)',
        checked: CHECKED,
        facts: 'number 02/2016/QH14, passed 18/11/2016 at the 2nd session of the XIV National Assembly, in force 01/01/2018',
      },
      {
        url: 'https://luatvietnam.vn/tin-van-ban-moi/hoat-dong-tin-nguong-phai-duoc-dang-ky-truoc-it-nhat-30-ngay-186-7334-article.html',
        title: 'Hoạt động tín ngưỡng phải được đăng ký trước ít nhất 30 ngày (LuatVietnam)',
        checked: CHECKED,
        facts: 'number, passed by the Quốc hội on 18/11/2016, in force 01/01/2018',
      },
    ],
  },

  // ─── Target groups: workers, farmers, youth, women, trade unions ──────────────────────────
  {
    key: 'NQ-20-TW-2008',
    kind: 'resolution',
    number: '20',
    symbol: '20-NQ/TW',
    issueDate: '2008-01-28',
    issuer: 'bch_tw',
    term: 10,
    subject: 'về tiếp tục xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước',
    fields: ['mass_mobilization', 'front_and_organizations'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'https://lib.hutech.edu.vn/chi-tiet?id=444460',
        title: 'Thư viện HUTECH – bài viết về Nghị quyết 02-NQ/TW (2021) và Nghị quyết 20-NQ/TW (2008)',
        checked: CHECKED,
        facts: 'Ban Chấp hành Trung ương Đảng (khóa X) issued Nghị quyết 20-NQ/TW dated 28/01/2008; subject',
      },
      {
        url: 'http://cand.com.vn/tag/Nghi-quyet-so-20-NQ-TU-193908/',
        title: 'Nghị quyết số 20-NQ/TƯ (Công an nhân dân, tag page)',
        checked: CHECKED,
        facts: 'subject "về tiếp tục xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước"',
      },
    ],
    note: 'Relevant to provincial schemes on organising workers (e.g. the Tây Ninh "Đề án số 08" cited in seed 003, which could not be verified).',
  },
  {
    key: 'NQ-26-TW-2008',
    kind: 'resolution',
    number: '26',
    symbol: '26-NQ/TW',
    issueDate: '2008-08-05',
    issuer: 'bch_tw',
    term: 10,
    subject: 'về nông nghiệp, nông dân, nông thôn',
    fields: ['mass_mobilization', 'other'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'https://vanhoadoanhnghiepvn.vn/nghi-quyet-26-trung-uong-7-khoa-x-la-mot-nghi-quyet-toan-dien-ve-nong-nghiep-nong-dan-nong-thon/',
        title: 'Nghị quyết 26 Trung ương 7 khoá X là một nghị quyết toàn diện về nông nghiệp, nông dân, nông thôn',
        checked: CHECKED,
        facts: 'number 26-NQ/TW, date 5/8/2008, 7th plenum of the X Central Committee, subject',
      },
    ],
    note: 'The 5th plenum of the XIII term (2022) took up a new resolution on the same subject (media.chinhphu.vn, not catalogued); whether it replaces 26-NQ/TW was not checked, so this stays in force.',
  },
  {
    key: 'NQ-25-TW-2008',
    kind: 'resolution',
    number: '25',
    symbol: '25-NQ/TW',
    issueDate: '2008-07-25',
    issuer: 'bch_tw',
    term: 10,
    subject: 'về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa',
    fields: ['mass_mobilization', 'front_and_organizations'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'https://truyenhinhthanhnien.com.vn/hoi-nghi-gop-y-bao-cao-ket-qua-15-nam-doan-tncs-ho-chi-minh-thuc-hien-nghi-quyet-25/',
        title: 'Hội nghị góp ý Báo cáo kết quả 15 năm Đoàn TNCS Hồ Chí Minh thực hiện Nghị quyết 25 (Truyền hình Thanh niên)',
        checked: CHECKED,
        facts: 'number 25-NQ/TW, date 25/7/2008, issuer Ban Chấp hành Trung ương Đảng khóa X, subject',
      },
    ],
  },
  {
    key: 'NQ-11-TW-2007',
    kind: 'resolution',
    number: '11',
    symbol: '11-NQ/TW',
    issueDate: '2007-04-27',
    issuer: 'bo_chinh_tri',
    term: 10,
    subject: 'về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước',
    fields: ['mass_mobilization', 'front_and_organizations'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'http://m.baomoi.com/viet-nam-phan-dau-la-quoc-gia-co-thanh-tuu-binh-dang-gioi-tien-bo-nhat-khu-vuc/c/4327580.epi',
        title: 'Việt Nam phấn đấu là quốc gia có thành tựu bình đẳng giới tiến bộ nhất khu vực (Báo Mới)',
        checked: CHECKED,
        facts: 'number 11-NQ/TW, date 27.4.2007, issuer Bộ Chính trị, subject',
      },
      {
        url: 'https://baotintuc.vn/thoi-su/tang-cuong-tao-co-hoi-cho-nhom-phu-nu-tre-phat-trien-20170809150550929.htm',
        title: 'Tăng cường tạo cơ hội cho nhóm phụ nữ trẻ phát triển (Báo Tin tức)',
        checked: CHECKED,
        facts: 'number 11-NQ/TW; 10-year review (2017) chaired by the head of Ban Dân vận Trung ương',
      },
    ],
    note: 'Term 10 inferred from the date (the X Politburo, elected April 2006).',
  },
  {
    key: 'NQ-02-TW-2021',
    kind: 'resolution',
    number: '02',
    symbol: '02-NQ/TW',
    issueDate: '2021-06-12',
    issuer: 'bo_chinh_tri',
    term: 13,
    subject: 'về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới',
    fields: ['front_and_organizations'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'https://lib.hutech.edu.vn/chi-tiet?id=444460',
        title: 'Thư viện HUTECH – bài viết về Nghị quyết 02-NQ/TW (2021) và Nghị quyết 20-NQ/TW (2008)',
        checked: CHECKED,
        facts: 'number 02-NQ/TW, date 12/6/2021, issuer Bộ Chính trị (khóa XIII), subject',
      },
    ],
  },

  // ─── People-to-people diplomacy (cited by seed 003) ───────────────────────────────────────
  {
    key: 'CT-44-TW-1994',
    kind: 'directive',
    number: '44',
    symbol: '44-CT/TW',
    issueDate: '1994-09-20',
    issuer: 'ban_bi_thu',
    term: 7,
    subject: 'về mở rộng và đổi mới hoạt động đối ngoại nhân dân',
    fields: ['other'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'https://ls1.hethongphapluat.com/chi-thi-44-ct-tw-nam-1994-ve-mo-rong-va-doi-moi-hoat-dong-doi-ngoai-nhan-dan-do-ban-bi-thu-ban-hanh.html',
        title: 'Chỉ thị 44-CT/TW năm 1994 về mở rộng và đổi mới hoạt động đối ngoại nhân dân do Ban Bí thư ban hành (Hệ thống pháp luật)',
        checked: CHECKED,
        facts: 'number 44-CT/TW, date 20/9/1994, issuer Ban Bí thư, subject',
      },
      {
        url: 'http://songv.vinhphuc.gov.vn/noidung/tintuc/Lists/trongnuoc/View_Detail.aspx?ItemID=31',
        title: 'Hội nghị toàn quốc quán triệt Chỉ thị số 04-CT/TW ngày 06/07/2011 của Ban Bí thư (Sở Ngoại vụ Vĩnh Phúc)',
        checked: CHECKED,
        facts: 'Ban Bí thư khóa VII; reviewed after 17 years when 04-CT/TW was issued',
      },
    ],
    note: 'Chỉ thị 04-CT/TW (2011) followed it after a 17-year review; no replacement clause was seen, so it is left in force.',
  },
  {
    key: 'CT-04-TW-2011',
    kind: 'directive',
    number: '04',
    symbol: '04-CT/TW',
    issueDate: '2011-07-06',
    issuer: 'ban_bi_thu',
    term: 11,
    subject: 'về tiếp tục đổi mới và nâng cao hiệu quả công tác đối ngoại nhân dân trong tình hình mới',
    fields: ['other', 'front_and_organizations'],
    status: 'in_force',
    relations: [{ relation: 'continues', targetKey: 'CT-44-TW-1994' }],
    sources: [
      {
        url: 'http://songv.vinhphuc.gov.vn/noidung/tintuc/Lists/trongnuoc/View_Detail.aspx?ItemID=31',
        title: 'Hội nghị toàn quốc quán triệt Chỉ thị số 04-CT/TW ngày 06/07/2011 của Ban Bí thư (Sở Ngoại vụ Vĩnh Phúc)',
        checked: CHECKED,
        facts: 'number 04-CT/TW, date 06/07/2011, issuer Ban Bí thư, subject; follows 17 years of 44-CT/TW',
      },
      {
        url: 'https://hethongphapluat.com/chi-thi-12-ct-tw-nam-2022-ve-tang-cuong-su-lanh-dao-cua-dang-nang-cao-hieu-qua-doi-ngoai-nhan-dan-trong-tinh-hinh-moi-do-ban-chap-hanh-trung-uong-ban-hanh.html',
        title: 'Chỉ thị 12-CT/TW năm 2022 về tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả đối ngoại nhân dân trong tình hình mới (Hệ thống pháp luật)',
        checked: CHECKED,
        facts: '"Chỉ thị số 04-CT/TW, ngày 06/7/2011 của Ban Bí thư khoá XI" (number, date, issuer, term)',
      },
    ],
    note:
      'The issue text guessed this continued a directive on women; the seed (003) and the sources agree it is about people-to-people diplomacy. Chỉ thị 12-CT/TW (2022) followed it after a 10-year review; no replacement clause was seen.',
  },
  {
    key: 'CT-12-TW-2022',
    kind: 'directive',
    number: '12',
    symbol: '12-CT/TW',
    issueDate: '2022-01-05',
    issuer: 'ban_bi_thu',
    term: 13,
    subject: 'về tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả đối ngoại nhân dân trong tình hình mới',
    fields: ['other', 'front_and_organizations'],
    status: 'in_force',
    relations: [{ relation: 'continues', targetKey: 'CT-04-TW-2011' }],
    sources: [
      {
        url: 'https://hethongphapluat.com/chi-thi-12-ct-tw-nam-2022-ve-tang-cuong-su-lanh-dao-cua-dang-nang-cao-hieu-qua-doi-ngoai-nhan-dan-trong-tinh-hinh-moi-do-ban-chap-hanh-trung-uong-ban-hanh.html',
        title: 'Chỉ thị 12-CT/TW năm 2022 về tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả đối ngoại nhân dân trong tình hình mới (Hệ thống pháp luật)',
        checked: CHECKED,
        facts: 'number 12-CT/TW, date 05/01/2022, subject; opens with the 10-year review of 04-CT/TW',
      },
      {
        url: 'https://baogialai.com.vn/nang-cao-hieu-qua-doi-ngoai-nhan-dan-trong-tinh-hinh-moi-post203694.html',
        title: 'Nâng cao hiệu quả đối ngoại nhân dân trong tình hình mới (Báo Gia Lai)',
        checked: CHECKED,
        facts: 'issuer Ban Bí thư, number, subject',
      },
      {
        url: 'http://hoiluatgiavn.org.vn:8080/chi-thi-so-12-cttw-ngay-05012022-cua-ban-bi-thu-trung-uong-dang-d3128.html',
        title: 'Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư Trung ương Đảng (Hội Luật gia Việt Nam)',
        checked: CHECKED,
        facts: '"Chỉ thị của Ban Bí thư", number, date, full subject',
      },
    ],
    note: 'Term 13 inferred from the date.',
  },

  // ─── Emulation: "Dân vận khéo" ────────────────────────────────────────────────────────────
  {
    key: 'KH-06-BDVTW-2020',
    kind: 'plan',
    number: '06',
    symbol: '06-KH/BDVTW',
    issueDate: '2020-02-19',
    issuer: 'ban_dan_van_tw',
    term: null,
    subject: 'thực hiện “Năm dân vận khéo” 2020',
    fields: ['emulation', 'mass_mobilization'],
    status: 'expired',
    relations: [],
    sources: [
      {
        url: 'https://thukyluat.vn/vb/ke-hoach-06-kh-bdvtw-2020-thuc-hien-cong-tac-dan-van-kheo-6cdd0.html',
        title: 'Kế hoạch 06-KH/BDVTW về thực hiện “Năm dân vận khéo” 2020 do Ban Dân vận Trung ương ban hành (Thư ký luật)',
        checked: CHECKED,
        facts: 'number 06-KH/BDVTW, date 19/02/2020, issuer Ban Dân vận Trung ương, subject',
      },
      {
        url: 'http://www.ninhthuan.gov.vn/chinhquyen/sonv/Pages/Ban-Dan-van-Trung-uong-ban-hanh-Ke-hoach-thuc-hien-%E2%80%9CNam-dan-van-kheo%E2%80%9D-2020.aspx',
        title: 'Ban Dân vận Trung ương ban hành Kế hoạch thực hiện “Năm dân vận khéo” 2020 (Ninh Thuận)',
        checked: CHECKED,
        facts: 'date 19/02/2020, issuer, number, subject',
      },
    ],
    note:
      'The "Năm Dân vận khéo 2020" awards in seed 003 and the "Năm dân vận khéo" in seed 004 refer to this plan. A plan for the year 2020: expired. The founding document of the "Dân vận khéo" movement (launched in 2009 according to khoahocdoisong.vn reporting a meeting of the Prime Minister with "Dân vận khéo" models) was not found and is not catalogued.',
  },
  {
    key: 'LUAT-06-2022-QH15',
    kind: 'law',
    number: '06',
    symbol: '06/2022/QH15',
    issueDate: '2022-06-15',
    issuer: 'quoc_hoi',
    term: 15,
    subject: 'Thi đua, khen thưởng',
    fields: ['emulation'],
    status: 'in_force',
    relations: [],
    sources: [
      {
        url: 'https://stp.hanam.gov.vn/Pages/luat-so-062022qh15-thi-dua-khen-thuong.aspx',
        title: 'Luật số 06/2022/QH15 Thi đua, khen thưởng (Sở Tư pháp Hà Nam)',
        checked: CHECKED,
        facts: 'number 06/2022/QH15, issuer Quốc hội, date 15/6/2022 (3rd session, XV National Assembly), in force 01/01/2024',
      },
      {
        url: 'https://vietjack.me/phap-luat/luat-thi-dua-khen-thuong-2022/chuong-i-633.html',
        title: 'Chương I Luật Thi đua, khen thưởng 2022: Những quy định chung (VietJack)',
        checked: CHECKED,
        facts: 'number, Quốc hội (signed Vương Đình Huệ), issued 15/06/2022, in force 01/01/2024',
      },
    ],
  },
];
