import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, ISSUER_CODES, type DocumentKind } from '../../../../shared/documents.ts';
import { citationScanSteps, formatCitation, normaliseSymbol, parseCitation, parseCitations, type CitationFields } from './citation.ts';

/** Full expected fields: whatever is not given must be null. */
const F = (p: Partial<CitationFields>): CitationFields => ({
  kind: null,
  number: null,
  symbol: null,
  date: null,
  issuer: null,
  issuerName: null,
  term: null,
  subject: null,
  ...p,
});

/**
 * Real citations: exact phrases from /work/shared/seeds, from the domain guide
 * and the brief, from public Vietnamese pages (source site named), and a few
 * loosely typed forms a user may paste. parseCitation returns the first one.
 */
const VARIANTS: [string, string, CitationFields][] = [
['seed 003', 'Kết luận số 03 ngày 13.5.2016 của Ban Bí thư về tiếp tục thực hiện Quyết định số 290 của Bộ Chính trị (khoá X) về ban hành “Quy chế công tác dân vận của hệ thống chính trị”; sơ kết 3 năm', F({ kind: 'conclusion', number: '03', date: '2016-05-13', issuer: 'ban_bi_thu', issuerName: 'Ban Bí thư', subject: 'tiếp tục thực hiện Quyết định số 290 của Bộ Chính trị (khóa X) về ban hành “Quy chế công tác dân vận của hệ thống chính trị”' })],
  ['seed 003', 'Quyết định số 290 của Bộ Chính trị (khoá X) về ban hành “Quy chế công tác dân vận của hệ thống chính trị”; sơ kết 3 năm', F({ kind: 'decision', number: '290', issuer: 'bo_chinh_tri', issuerName: 'Bộ Chính trị', term: 10, subject: 'ban hành “Quy chế công tác dân vận của hệ thống chính trị”' })],
  ['seed 003', 'sơ kết 3 năm thực hiện Chỉ thị số 19 ngày 10.1.2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới; tổng kết 10 năm', F({ kind: 'directive', number: '19', date: '2018-01-10', issuer: 'ban_bi_thu', issuerName: 'Ban Bí thư', subject: 'tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới' })],
  ['seed 003', 'tổng kết 10 năm thực hiện Kết luận số 08 ngày 2.8.2011 của Ban Bí thư (khoá XI) về xây dựng cốt cán trong tôn giáo...', F({ kind: 'conclusion', number: '08', date: '2011-08-02', issuer: 'ban_bi_thu', issuerName: 'Ban Bí thư', term: 11, subject: 'xây dựng cốt cán trong tôn giáo' })],
  ['seed 003', 'giám sát các cơ quan, đơn vị thực hiện Đề án số 08 ngày 27.3.2020 về “Tập hợp, đoàn kết công nhân trên địa bàn tỉnh giai đoạn 2020-2025”.', F({ kind: 'scheme', number: '08', date: '2020-03-27', subject: 'Tập hợp, đoàn kết công nhân trên địa bàn tỉnh giai đoạn 2020-2025' })],
  ['seed 003', 'kết quả 10 năm thực hiện Chỉ thị số 04 ngày 6.7.2011 của Ban Bí thư (khoá XI) về tiếp tục đổi mới và nâng cao hiệu quả công tác đối ngoại nhân dân trong tình hình mới', F({ kind: 'directive', number: '04', date: '2011-07-06', issuer: 'ban_bi_thu', issuerName: 'Ban Bí thư', term: 11, subject: 'tiếp tục đổi mới và nâng cao hiệu quả công tác đối ngoại nhân dân trong tình hình mới' })],
  ['domain guide', 'Chỉ thị số 19 ngày 10.1.2018 của Ban Bí thư', F({ kind: 'directive', number: '19', date: '2018-01-10', issuer: 'ban_bi_thu', issuerName: 'Ban Bí thư' })],
  ['domain guide', 'số 19-CT/TW', F({ kind: 'directive', number: '19', symbol: '19-CT/TW' })],
  ['domain guide', 'số 35/CT-TTg', F({ kind: 'directive', number: '35', symbol: '35/CT-TTg', issuer: 'thu_tuong', issuerName: 'Thủ tướng Chính phủ' })],
  ['domain guide', '13/2023/NĐ-CP', F({ kind: 'decree', number: '13', symbol: '13/2023/NĐ-CP', issuer: 'chinh_phu', issuerName: 'Chính phủ' })],
  ['domain guide', 'Chỉ thị 19 - CT/TW', F({ kind: 'directive', number: '19', symbol: '19-CT/TW' })],
  ['domain guide', 'Chỉ thị số 19-CT/TƯ ngày 10-01-2018', F({ kind: 'directive', number: '19', symbol: '19-CT/TW', date: '2018-01-10' })],
  ['domain guide', 'Chỉ thị số 19 ngày 10 tháng 01 năm 2018 của Ban Bí thư (khóa XII)', F({ kind: 'directive', number: '19', date: '2018-01-10', issuer: 'ban_bi_thu', issuerName: 'Ban Bí thư', term: 12 })],
  ['brief', 'Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư', F({ kind: 'conclusion', number: '114', symbol: '114-KL/TW', date: '2015-07-14', issuer: 'ban_bi_thu', issuerName: 'Ban Bí thư' })],
  ['brief', 'Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI)', F({ kind: 'resolution', number: '25', symbol: '25-NQ/TW', date: '2013-06-03', issuer: 'bch_tw', issuerName: 'Ban Chấp hành Trung ương Đảng', term: 11 })],
  ['brief', 'Quyết định số 23-QĐ/TW, ngày 30/7/2021 của Bộ Chính trị', F({ kind: 'decision', number: '23', symbol: '23-QĐ/TW', date: '2021-07-30', issuer: 'bo_chinh_tri', issuerName: 'Bộ Chính trị' })],
  ['brief', 'Chỉ thị số 35/CT-TTg', F({ kind: 'directive', number: '35', symbol: '35/CT-TTg', issuer: 'thu_tuong', issuerName: 'Thủ tướng Chính phủ' })],
  ['brief', 'Nghị định số 13/2023/NĐ-CP', F({ kind: 'decree', number: '13', symbol: '13/2023/NĐ-CP', issuer: 'chinh_phu', issuerName: 'Chính phủ' })],
  ['brief', 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15', F({ kind: 'law', number: '10', symbol: '10/2022/QH15', issuer: 'quoc_hoi', issuerName: 'Quốc hội', term: 15, subject: 'thực hiện dân chủ ở cơ sở' })],
  ['brief', 'Kết luận 03', F({ kind: 'conclusion', number: '03' })],
  ['brief', 'Chỉ thị 19-CT / TW ngày 10 tháng 1 năm 2018 của Ban Bí thư Khóa 12', F({ kind: 'directive', number: '19', symbol: '19-CT/TW', date: '2018-01-10', issuer: 'ban_bi_thu', issuerName: 'Ban Bí thư', term: 12 })],
  ['brief', 'Nghị quyết số 01-NQ/TU tháng 7/2015 của Tỉnh ủy Tây Ninh', F({ kind: 'resolution', number: '01', symbol: '01-NQ/TU', date: '2015-07', issuer: 'tinh_uy', issuerName: 'Tỉnh ủy Tây Ninh' })],
  ['brief', 'Chương trình số 79-CTr/BDVTW-BCSĐCP năm 2016 của Ban Dân vận Trung ương', F({ kind: 'programme', number: '79', symbol: '79-CTr/BDVTW-BCSĐCP', date: '2016', issuer: 'ban_dan_van_tw', issuerName: 'Ban Dân vận Trung ương' })],
  ['brief', 'Hướng dẫn số 36-HD/VPTW năm 2018', F({ kind: 'guidance', number: '36', symbol: '36-HD/VPTW', date: '2018', issuer: 'van_phong_tw', issuerName: 'Văn phòng Trung ương Đảng' })],
  ['brief', 'Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ', F({ kind: 'decree', number: '59', symbol: '59/2023/NĐ-CP', date: '2023-08-14', issuer: 'chinh_phu', issuerName: 'Chính phủ' })],
  ['brief', 'Thông tư số 01/2024/TT-BNV', F({ kind: 'circular', number: '01', symbol: '01/2024/TT-BNV' })],
  ['brief', 'Luật số 10/2022/QH15 ngày 10/11/2022 của Quốc hội', F({ kind: 'law', number: '10', symbol: '10/2022/QH15', date: '2022-11-10', issuer: 'quoc_hoi', issuerName: 'Quốc hội', term: 15 })],
  ['brief', 'Kế hoạch số 12-KH/TU ngày 13/5/2016 của UBND tỉnh Tây Ninh', F({ kind: 'plan', number: '12', symbol: '12-KH/TU', date: '2016-05-13', issuer: 'ubnd_tinh', issuerName: 'UBND tỉnh Tây Ninh' })],
  ['bdvtu.binhthuan.dcs.vn', 'kết quả 01 năm thực hiện Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của BCH Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; kết quả bước đầu', F({ kind: 'resolution', number: '25', symbol: '25-NQ/TW', date: '2013-06-03', issuer: 'bch_tw', issuerName: 'BCH Trung ương Đảng', term: 11, subject: 'tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới' })],
  ['baosonla.org.vn', 'tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng về “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới”; 5 năm', F({ kind: 'resolution', number: '25', symbol: '25-NQ/TW', date: '2013-06-03', issuer: 'bch_tw', issuerName: 'Ban Chấp hành Trung ương Đảng', subject: 'Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới' })],
  ['baosonla.org.vn', '5 năm thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư; đánh giá', F({ kind: 'conclusion', number: '43', symbol: '43-KL/TW', date: '2019-01-07', issuer: 'ban_bi_thu', issuerName: 'Ban Bí thư' })],
  ['baosonla.org.vn', 'đánh giá 2 năm thực hiện Chỉ thị số 11-CT/TU ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy về đẩy mạnh thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2021 – 2025.', F({ kind: 'directive', number: '11', symbol: '11-CT/TU', date: '2021-09-28', issuer: 'btv_tinh_uy', issuerName: 'Ban Thường vụ Tỉnh ủy', subject: 'đẩy mạnh thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2025' })],
  ['ldld.quangbinh.gov.vn', 'Quyết định số 217/QĐ-TW ngày 12/12/2013 của Ban Chấp hành Trung ương Đảng về việc ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội', F({ kind: 'decision', number: '217', symbol: '217/QĐ-TW', date: '2013-12-12', issuer: 'bch_tw', issuerName: 'Ban Chấp hành Trung ương Đảng', subject: 'việc ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội' })],
  ['danang.gov.vn', 'UBND thành phố vừa ban hành Chỉ thị số 02/CT-UBND ngày 12-1-2022 về việc tiếp tục tăng cường, đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới', F({ kind: 'directive', number: '02', symbol: '02/CT-UBND', date: '2022-01-12', subject: 'việc tiếp tục tăng cường, đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới' })],
  ['mattran.org.vn', 'Tại Quy định số 97-QĐ/TW ngày 7/2/2023 của Bộ Chính trị về chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức, mối quan hệ công tác của đảng đoàn, ban cán sự đảng ở Trung ương đã đề cập', F({ kind: 'regulation', number: '97', symbol: '97-QĐ/TW', date: '2023-02-07', issuer: 'bo_chinh_tri', issuerName: 'Bộ Chính trị', subject: 'chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức, mối quan hệ công tác của đảng đoàn, ban cán sự đảng ở Trung ương' })],
  ['mattran.org.vn', 'Ban Chỉ đạo Tổng kết Nghị quyết số 23-NQ/TW của Ban Chấp hành Trung ương Đảng khóa IX về “Phát huy sức mạnh đại đoàn kết toàn dân tộc vì dân giàu, nước mạnh, xã hội công bằng, dân chủ, văn minh”  làm việc với', F({ kind: 'resolution', number: '23', symbol: '23-NQ/TW', issuer: 'bch_tw', issuerName: 'Ban Chấp hành Trung ương Đảng', term: 9, subject: 'Phát huy sức mạnh đại đoàn kết toàn dân tộc vì dân giàu, nước mạnh, xã hội công bằng, dân chủ, văn minh' })],
  ['ninhthuan.gov.vn', 'Căn cứ Chương trình phối hợp số 79-CTr/BDVTW-BCSĐCP ngày 11/10/2016 giữa Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ về công tác dân vận giai đoạn 2016-2021;', F({ kind: 'programme', number: '79', symbol: '79-CTr/BDVTW-BCSĐCP', date: '2016-10-11', issuerName: 'Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ', subject: 'công tác dân vận giai đoạn 2016-2021' })],
  ['ninhthuan.gov.vn', 'Căn cứ Kế hoạch số 1573-KH/BDVTW-BCSĐCP, Ban cán sự đảng', F({ kind: 'plan', number: '1573', symbol: '1573-KH/BDVTW-BCSĐCP' })],
  ['danvan.vn', 'Công văn số 490-CV/BDVTW ngày 14/10/2016 về việc hướng dẫn thực hiện Chương trình phối hợp giữa Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ về công tác dân vận, giai đoạn 2016 – 2021', F({ kind: 'official_letter', number: '490', symbol: '490-CV/BDVTW', date: '2016-10-14', issuer: 'ban_dan_van_tw', issuerName: 'Ban Dân vận Trung ương', subject: 'việc hướng dẫn thực hiện Chương trình phối hợp giữa Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ về công tác dân vận, giai đoạn 2016 - 2021' })],
  ['danvan.vn', 'đã ký Chương trình phối hợp số 79-Ctr/BDVTW – BCSĐCP về công tác dân vận, giai đoạn 2016 – 2021, để triển khai', F({ kind: 'programme', number: '79', symbol: '79-CTr/BDVTW-BCSĐCP', subject: 'công tác dân vận, giai đoạn 2016 - 2021' })],
  ['danvan.vn', 'Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị về việc ban hành Quy chế công tác dân vận của hệ thống chính trị', F({ kind: 'decision', number: '290', symbol: '290-QĐ/TW', date: '2010-02-25', issuer: 'bo_chinh_tri', issuerName: 'Bộ Chính trị', subject: 'việc ban hành Quy chế công tác dân vận của hệ thống chính trị' })],
  ['luatminhkhue.vn', 'Căn cứ Chỉ thị số 45-CT/TW ngày22 tháng 7 năm 2010 của Bộ Chính trị về đổi mới, nâng cao hiệu quả tổ chức cácngày kỷ niệm, nghi thức trao tặng', F({ kind: 'directive', number: '45', symbol: '45-CT/TW', date: '2010-07-22', issuer: 'bo_chinh_tri', issuerName: 'Bộ Chính trị', subject: 'đổi mới, nâng cao hiệu quả tổ chức cácngày kỷ niệm, nghi thức trao tặng' })],
  ['luatminhkhue.vn', 'Căn cứ Thông báo số 70-TB/TWngày 06 tháng 01 năm 2012 của Ban Bí thư Trung ương Đảng về tổ chức kỷ niệm 100năm Ngày sinh cố Tổng Bí thư Nguyễn Văn Cừ;', F({ kind: 'notice', number: '70', symbol: '70-TB/TW', date: '2012-01-06', issuer: 'ban_bi_thu', issuerName: 'Ban Bí thư Trung ương Đảng', subject: 'tổ chức kỷ niệm 100năm Ngày sinh cố Tổng Bí thư Nguyễn Văn Cừ' })],
  ['luatminhkhue.vn', 'Căn cứ Quyết định số 640/QĐ-TTg ngày 31 tháng 5 năm 2012 của Thủ tướng Chính phủ về việc thành lập Ban Tổ chức cấp quốc gia kỷ niệm 100 năm Ngày sinh cố Tổng Bí thư Nguyễn Văn Cừ (09/7/1912- 09/7/2012);', F({ kind: 'decision', number: '640', symbol: '640/QĐ-TTg', date: '2012-05-31', issuer: 'thu_tuong', issuerName: 'Thủ tướng Chính phủ', subject: 'việc thành lập Ban Tổ chức cấp quốc gia kỷ niệm 100 năm Ngày sinh cố Tổng Bí thư Nguyễn Văn Cừ (09/7/1912- 09/7/2012)' })],
  ['yenbai.gov.vn', 'quán triệt và thực hiện Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư “về việc đổi mới và nâng cao chất lượng công tác điều tra, nắm bắt, nghiên cứu dư luận xã hội”, Kế hoạch số 25-KH/TU', F({ kind: 'conclusion', number: '100', symbol: '100-KL/TW', date: '2014-08-18', issuer: 'ban_bi_thu', issuerName: 'Ban Bí thư', subject: 'việc đổi mới và nâng cao chất lượng công tác điều tra, nắm bắt, nghiên cứu dư luận xã hội' })],
  ['yenbai.gov.vn', 'Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 100-KL/TW của Ban Bí thư', F({ kind: 'plan', number: '25', symbol: '25-KH/TU', date: '2016-11-30', issuer: 'btv_tinh_uy', issuerName: 'Ban Thường vụ Tỉnh ủy' })],
  ['yenbai.gov.vn', 'Kết luận số 111-KL/TU ngày 14/8/2017 của Ban Thường vụ Tỉnh ủy về “Tiếp tục đổi mới, nâng cao chất lượng công tác giáo dục chính trị tư tưởng và định hướng dư luận xã hội”, công tác điều tra', F({ kind: 'conclusion', number: '111', symbol: '111-KL/TU', date: '2017-08-14', issuer: 'btv_tinh_uy', issuerName: 'Ban Thường vụ Tỉnh ủy', subject: 'Tiếp tục đổi mới, nâng cao chất lượng công tác giáo dục chính trị tư tưởng và định hướng dư luận xã hội' })],
  ['stdt.danguykhoibinhthuan.vn', '(ban hành Kèm theo Hướng dẫn số 36-HD/VPTW, ngày 03/4/2018 của Văn phòng Trung ương Đảng)', F({ kind: 'guidance', number: '36', symbol: '36-HD/VPTW', date: '2018-04-03', issuer: 'van_phong_tw', issuerName: 'Văn phòng Trung ương Đảng' })],
  ['phonha.com', 'Thi hành Điều 2 Quyết định của Bộ Chính trị số31-QĐ/TW, ngày 01-10-1997 ban hành Quy định “về thể loại, thẩm quyền banhành và thể thức văn bản của Đảng”', F({ kind: 'decision', number: '31', symbol: '31-QĐ/TW', date: '1997-10-01', issuer: 'bo_chinh_tri', issuerName: 'Bộ Chính trị' })],
  ['lachongtech.vn', 'Cùng với Luật An ninh mạng (Luật số 24/2018/QH14) ngày 12 tháng 6 năm 2018 và văn bản hướng dẫn', F({ kind: 'law', number: '24', symbol: '24/2018/QH14', date: '2018-06-12', issuer: 'quoc_hoi', issuerName: 'Quốc hội', term: 14, subject: 'an ninh mạng' })],
  ['lachongtech.vn', 'văn bản hướng dẫn thi hành đầu tiên là Nghị định số 53/2022/NĐ-CP ngày 15 tháng 8 năm 2022, Nghị định 13 là văn bản', F({ kind: 'decree', number: '53', symbol: '53/2022/NĐ-CP', date: '2022-08-15', issuer: 'chinh_phu', issuerName: 'Chính phủ' })],
  ['blog.appconnect.vn', 'được đề cập lần đầu tiên trong Nghị quyết số 17/NQ-CP của Chính phủ, Nghị định', F({ kind: 'resolution', number: '17', symbol: '17/NQ-CP', issuer: 'chinh_phu', issuerName: 'Chính phủ' })],
  ['docplayer.vn', '(Ban hành kèm theo Quyết định số: 1206 /QĐ-HVTC', F({ kind: 'decision', number: '1206', symbol: '1206/QĐ-HVTC' })],
  ['vbpl.ts24.com.vn', '- Căn cứ Luật Giao dịch điện tử số 20/2023/QH15 năm 2023; Luật Sở hữu trí tuệ', F({ kind: 'law', number: '20', symbol: '20/2023/QH15', date: '2023', issuer: 'quoc_hoi', issuerName: 'Quốc hội', term: 15, subject: 'giao dịch điện tử' })],
  ['vbpl.ts24.com.vn', '- Căn cứ Nghị định số 42/2022/NĐ-CP, ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin', F({ kind: 'decree', number: '42', symbol: '42/2022/NĐ-CP', date: '2022-06-24', issuer: 'chinh_phu', issuerName: 'Chính phủ' })],
  ['vbpl.ts24.com.vn', '- Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số;', F({ kind: 'resolution', number: '57', symbol: '57-NQ/TW', date: '2024-12-22', issuer: 'bo_chinh_tri', issuerName: 'Bộ Chính trị', subject: 'đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số' })],
  ['vbpl.ts24.com.vn', '- Căn cứ Quyết định số 259-QĐ/TW, ngày 24/01/2025 của Bộ Chính trị về chức năng, nhiệm vụ, tổ chức bộ máy của Văn phòng Trung ương Đảng;', F({ kind: 'decision', number: '259', symbol: '259-QĐ/TW', date: '2025-01-24', issuer: 'bo_chinh_tri', issuerName: 'Bộ Chính trị', subject: 'chức năng, nhiệm vụ, tổ chức bộ máy của Văn phòng Trung ương Đảng' })],
  ['baomoi.com', 'Sau gần 10 năm thực hiện Kết luận số 12- KL/TW ngày 24-10-2011 của Bộ Chính trị, khóa XI (Kết luận 12) về tiếp tục thực hiện Nghị quyết số 10-NQ/TW của Bộ Chính trị, khóa IX phát triển vùng Tây Nguyên thời kỳ 2011-2020', F({ kind: 'conclusion', number: '12', symbol: '12-KL/TW', date: '2011-10-24', issuer: 'bo_chinh_tri', issuerName: 'Bộ Chính trị', term: 11, subject: 'tiếp tục thực hiện Nghị quyết số 10-NQ/TW của Bộ Chính trị, khóa IX phát triển vùng Tây Nguyên thời kỳ 2011-2020' })],
  ['hongdan.baclieu.gov.vn', 'Hội nghị triển khai, quán triệt Chỉ thị số 19- CT/TW ngày 10/1/2018 của Ban Bí thư “Về tăng cường công tác ở vùng đồng bào dân tộc Khme trong tình hình mới”. Tham dự', F({ kind: 'directive', number: '19', symbol: '19-CT/TW', date: '2018-01-10', issuer: 'ban_bi_thu', issuerName: 'Ban Bí thư', subject: 'tăng cường công tác ở vùng đồng bào dân tộc Khme trong tình hình mới' })],
  ['hongdan.baclieu.gov.vn', 'Chỉ thị số 19 “Về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới” của Ban Bí thư (khóa XII) vừa được ban hành.', F({ kind: 'directive', number: '19', issuer: 'ban_bi_thu', issuerName: 'Ban Bí thư', term: 12, subject: 'tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới' })],
  ['hongdan.baclieu.gov.vn', 'Ban Dân tộc tỉnh Bạc Liêu tổ chức Hội nghị triển khai Chỉ thị 19-CT/TW ngày 10 tháng 01 năm 2018 tại Huyện Hồng Dân', F({ kind: 'directive', number: '19', symbol: '19-CT/TW', date: '2018-01-10' })],
  ['baomoi.com', 'Hội nghị quán triệt Kết luận 57 của Bộ Chính trị về tiếp tục thực hiện các Nghị quyết Trung ương 7 khóa IX. Dự Hội nghị', F({ kind: 'conclusion', number: '57', issuer: 'bo_chinh_tri', issuerName: 'Bộ Chính trị', subject: 'tiếp tục thực hiện các Nghị quyết Trung ương 7 khóa IX' })],
  ['baothuathienhue.vn', 'Chỉ thị 35-CT/TW của Bộ Chính trị về Đại hội Đảng bộ các cấp tiến tới Đại hội XIII nêu rõ sẽ giảm khoảng 5%', F({ kind: 'directive', number: '35', symbol: '35-CT/TW', issuer: 'bo_chinh_tri', issuerName: 'Bộ Chính trị', subject: 'Đại hội Đảng bộ các cấp tiến tới Đại hội XIII' })],
  ['biquyetxaynha.com', 'Số 127-QĐ/TW; Số 24-BS/UBKTTU', F({ kind: 'decision', number: '127', symbol: '127-QĐ/TW' })],
  ['2mit.org', 'ban hành kèm theo Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn; - Căn cứ', F({ kind: 'decision', number: '84', symbol: '84-QĐ/TWĐTN', date: '2013-02-22', issuerName: 'Ban Chấp hành Trung ương Đoàn' })],
  ['nghean.dcs.vn', 'thực hiện Chỉ thị số 05-CT/TU, ngày 23/5/2021 của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả phong trào thi đua “Dân vận khéo”', F({ kind: 'directive', number: '05', symbol: '05-CT/TU', date: '2021-05-23', issuer: 'btv_tinh_uy', issuerName: 'Ban Thường vụ Tỉnh ủy', subject: 'nâng cao hiệu quả phong trào thi đua “Dân vận khéo”' })],
  ['luatvietan.com', 'Vào ngày 17/4/2023, Chính phủ đã ban hành Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân', F({ kind: 'decree', number: '13', symbol: '13/2023/NĐ-CP', issuer: 'chinh_phu', issuerName: 'Chính phủ', subject: 'bảo vệ dữ liệu cá nhân' })],
  ['luatminhkhue.vn', 'Căn cứ Luật tổ chức Chính phủngày 25 tháng 12 năm 2001; Căn cứ Quyết định số 640/QĐ-TTg', F({ kind: 'decision', number: '640', symbol: '640/QĐ-TTg', issuer: 'thu_tuong', issuerName: 'Thủ tướng Chính phủ' })],
  ['typed', 'chỉ thị 19-ct/tư ngày 10-01-2018 của ban bí thư khoá 12', F({ kind: 'directive', number: '19', symbol: '19-CT/TW', date: '2018-01-10', issuer: 'ban_bi_thu', issuerName: 'Ban Bí thư', term: 12 })],
  ['typed', 'Chi thi so 19 - CT/TW ngay 10/1/2018 cua Ban Bi thu', F({ kind: 'directive', number: '19', symbol: '19-CT/TW', date: '2018-01-10', issuer: 'ban_bi_thu', issuerName: 'Ban Bí thư' })],
  ['typed', '35/ct-ttg', F({ kind: 'directive', number: '35', symbol: '35/CT-TTg', issuer: 'thu_tuong', issuerName: 'Thủ tướng Chính phủ' })],
  ['typed', 'CHỈ THỊ SỐ 19-CT/TW NGÀY 10/01/2018 CỦA BAN BÍ THƯ (KHÓA XII)', F({ kind: 'directive', number: '19', symbol: '19-CT/TW', date: '2018-01-10', issuer: 'ban_bi_thu', issuerName: 'Ban Bí thư', term: 12 })],
  ['typed', 'Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả', F({ kind: 'resolution', number: '18', symbol: '18-NQ/TW', date: '2017-10-25', issuer: 'bch_tw', issuerName: 'Ban Chấp hành Trung ương Đảng', term: 12, subject: 'một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả' })],
  ['typed', 'Quy định số 124-QĐi/TW ngày 2/10/2023 của Ban Bí thư', F({ kind: 'regulation', number: '124', symbol: '124-QĐi/TW', date: '2023-10-02', issuer: 'ban_bi_thu', issuerName: 'Ban Bí thư' })],
  ['typed', 'Thông tri số 12-TT/TW năm 2013', F({ kind: 'circular_party', number: '12', symbol: '12-TT/TW', date: '2013' })],
];

describe('parseCitation: real citation variants', () => {
  it('has at least 45 variants', () => expect(VARIANTS.length).toBeGreaterThanOrEqual(45));

  it.each(VARIANTS)('[%s] %s', (_source, text, expected) => {
    expect(parseCitation(text)).toEqual(expected);
  });
});

describe('round trip: format → parse gives the same fields', () => {
  const complete = VARIANTS.filter(([, , f]) => f.kind && f.number && f.date && f.issuer);
  it('covers most variants', () => expect(complete.length).toBeGreaterThanOrEqual(30));

  it.each(complete)('[%s] %s', (_source, _text, f) => {
    const formatted = formatCitation({ ...f, kind: f.kind!, number: f.number! });
    expect(parseCitation(formatted)).toEqual(f);
    expect(parseCitation(formatCitation({ ...f, kind: f.kind!, number: f.number! }, { withSubject: false }))).toEqual({ ...f, subject: null });
  });

  it('holds for generated documents', () => {
    const words = ['tăng', 'cường', 'công', 'tác', 'dân', 'vận', 'vùng', 'đồng', 'bào', 'tôn', 'giáo', 'mới', 'xây', 'dựng', 'cơ', 'sở', 'phong', 'trào', 'thi', 'đua', 'khéo'];
    const date = fc.oneof(
      fc.record({ y: fc.integer({ min: 1945, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc.record({ y: fc.integer({ min: 1945, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`),
      fc.integer({ min: 1945, max: 2030 }).map(String),
    );
    const doc = fc.record({
      kind: fc.constantFrom(...DOCUMENT_KINDS.map((k) => k.code)),
      number: fc.stringMatching(/^[0-9]{1,4}$/),
      withSymbol: fc.boolean(),
      date: fc.option(date, { nil: null }),
      issuer: fc.constantFrom(...ISSUER_CODES),
      term: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
      subject: fc.option(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')), { nil: null }),
    });
    fc.assert(
      fc.property(doc, (d) => {
        const info = DOCUMENT_KINDS.find((k) => k.code === d.kind)!;
        const symbol = d.withSymbol ? `${d.number}-${info.abbr}/TW` : null;
        const formatted = formatCitation({ kind: d.kind as DocumentKind, number: d.number, symbol, date: d.date, issuer: d.issuer, term: d.term, subject: d.subject });
        const parsed = parseCitation(formatted);
        expect(parsed).toMatchObject({ kind: d.kind, number: d.number, symbol, date: d.date, issuer: d.issuer, term: d.term, subject: d.subject });
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatCitation', () => {
  it.each<[string, Parameters<typeof formatCitation>[0], { withSubject?: boolean } | undefined, string]>([
    [
      'Party directive, full',
      { kind: 'directive', number: '19', symbol: '19-CT/TW', date: '2018-01-10', issuer: 'ban_bi_thu', term: 12, subject: 'tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số' },
      undefined,
      'Chỉ thị số 19-CT/TW, ngày 10/01/2018 của Ban Bí thư (khóa XII) về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số',
    ],
    [
      'State decree, two-digit day and month',
      { kind: 'decree', number: '13', symbol: '13/2023/NĐ-CP', date: '2023-04-17', issuer: 'chinh_phu', term: null, subject: 'bảo vệ dữ liệu cá nhân' },
      undefined,
      'Nghị định số 13/2023/NĐ-CP, ngày 17/04/2023 của Chính phủ về bảo vệ dữ liệu cá nhân',
    ],
    [
      'law: the title goes into the "về" part',
      { kind: 'law', number: '10', symbol: '10/2022/QH15', date: '2022-11-10', issuer: 'quoc_hoi', term: 15, subject: 'thực hiện dân chủ ở cơ sở' },
      undefined,
      'Luật số 10/2022/QH15, ngày 10/11/2022 của Quốc hội (khóa XV) về thực hiện dân chủ ở cơ sở',
    ],
    [
      'without subject',
      { kind: 'resolution', number: '25', symbol: '25-NQ/TW', date: '2013-06-03', issuer: 'bch_tw', term: 11, subject: 'tăng cường và đổi mới' },
      { withSubject: false },
      'Nghị quyết số 25-NQ/TW, ngày 03/06/2013 của Ban Chấp hành Trung ương (khóa XI)',
    ],
    ['month only', { kind: 'resolution', number: '01', symbol: '01-NQ/TU', date: '2015-07', issuer: 'tinh_uy', issuerName: 'Tỉnh ủy Tây Ninh', term: null }, undefined, 'Nghị quyết số 01-NQ/TU, tháng 07/2015 của Tỉnh ủy Tây Ninh'],
    ['year only', { kind: 'guidance', number: '36', symbol: '36-HD/VPTW', date: '2018', issuer: 'van_phong_tw', term: null }, undefined, 'Hướng dẫn số 36-HD/VPTW, năm 2018 của Văn phòng Trung ương Đảng'],
    ['bare number, nothing else', { kind: 'conclusion', number: '03', symbol: null, date: null, issuer: null, term: null }, undefined, 'Kết luận số 03'],
    ['issuer name without a code', { kind: 'plan', number: '12', symbol: null, date: null, issuer: null, issuerName: 'UBND thành phố', term: null }, undefined, 'Kế hoạch số 12 của UBND thành phố'],
    ['term without issuer', { kind: 'directive', number: '04', symbol: null, date: '2011-07-06', issuer: null, term: 11 }, undefined, 'Chỉ thị số 04, ngày 06/07/2011 (khóa XI)'],
    ['a malformed date is left out', { kind: 'directive', number: '4', symbol: null, date: '2011-02-30', issuer: 'ban_bi_thu', term: null }, undefined, 'Chỉ thị số 4 của Ban Bí thư'],
  ])('%s', (_name, doc, options, expected) => {
    expect(formatCitation(doc, options)).toBe(expected);
  });
});

describe('normaliseSymbol', () => {
  it.each([
    ['19 - CT/TƯ', '19-CT/TW'],
    ['35/ct-ttg', '35/CT-TTg'],
    ['19-CT / TW', '19-CT/TW'],
    ['25-NQ/TW', '25-NQ/TW'],
    ['79-Ctr/BDVTW – BCSĐCP', '79-CTr/BDVTW-BCSĐCP'],
    ['36-hd/vptw', '36-HD/VPTW'],
    ['124 - qđi / tw', '124-QĐi/TW'],
    ['13/2023/nd-cp', '13/2023/NĐ-CP'],
    ['10/2022/qh15', '10/2022/QH15'],
    ['01/2024/tt-bnv', '01/2024/TT-BNV'],
    ['1206 /QĐ-HVTC', '1206/QĐ-HVTC'],
    ['84 QĐ/TWĐTN', '84-QĐ/TWĐTN'],
    ['Số: 97-QĐ/TW', '97-QĐ/TW'],
    ['03-KL/TW', '03-KL/TW'],
    ['not a symbol  - at all', 'not a symbol-at all'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseSymbol(raw)).toBe(expected);
  });
});

/** Exact paragraphs of /work/shared/seeds/003_6ff3ef6cd877eee6.txt. */
const SEED_003 = [
  'Về công tác dân vận, năm nay, Ban Dân vận Tỉnh uỷ sẽ tham mưu cho Ban Thường vụ Tỉnh uỷ thực hiện sơ kết 5 năm thực hiện Kết luận số 03 ngày 13.5.2016 của Ban Bí thư về tiếp tục thực hiện Quyết định số 290 của Bộ Chính trị (khoá X) về ban hành “Quy chế công tác dân vận của hệ thống chính trị”; sơ kết 3 năm thực hiện Chỉ thị số 19 ngày 10.1.2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới; tổng kết 10 năm thực hiện Kết luận số 08 ngày 2.8.2011 của Ban Bí thư (khoá XI) về xây dựng cốt cán trong tôn giáo...',
  'Trong công tác kiểm tra, giám sát, năm 2021, Ban Dân vận Tỉnh uỷ tham mưu cho Ban Thường vụ Tỉnh uỷ giám sát các cơ quan, đơn vị thực hiện Đề án số 08 ngày 27.3.2020 về “Tập hợp, đoàn kết công nhân trên địa bàn tỉnh giai đoạn 2020-2025”.',
  'Đối với việc giám sát chuyên đề, Ban Dân vận Tỉnh uỷ sẽ tổ chức giám sát kết quả 10 năm thực hiện Chỉ thị số 04 ngày 6.7.2011 của Ban Bí thư (khoá XI) về tiếp tục đổi mới và nâng cao hiệu quả công tác đối ngoại nhân dân trong tình hình mới đối với Ban Thường vụ Huyện uỷ Bến Cầu và Tân Biên.',
].join('\n\n');

/** Exact paragraphs of the other seeds: they mention documents only in general terms. */
const SEED_NO_CITATION = [
  'Tại buổi làm việc, ông Nguyễn Khắc Định chỉ đạo một số nội dung đổi mới trong công tác dân vận và hoạt động của Ban Dân vận Tỉnh ủy. Ông nhấn mạnh, năm 2020 là năm diễn ra đại hội đảng các cấp; đồng thời, sơ kết, tổng kết nhiều chỉ thị, nghị quyết của Trung ương, của Tỉnh ủy về công tác dân vận, dân tộc, tôn giáo... Vì thế, Ban Dân vận Tỉnh ủy chủ động xây dựng chương trình công tác cả năm, 6 tháng, từng quý, từng tháng của ban với các nhiệm vụ cụ thể, phân công rõ người chịu trách nhiệm từng đầu việc. Ông Nguyễn Khắc Định thống nhất thực hiện đổi mới tổng kết công tác xây dựng Đảng theo hướng hàng năm chỉ tổ chức chung 1 hội nghị tổng kết và triển khai nhiệm vụ công tác xây dựng Đảng, nhân dịp kỷ niệm 90 năm ngày truyền thống của các ban xây dựng đảng, Ban Thường vụ Tỉnh ủy sẽ tổ chức gặp mặt chung các đồng chí nguyên lãnh đạo các ban. Bên cạnh đó, Ban Dân vận Tỉnh ủy cần phối hợp với Sở Nội vụ tăng cường công tác quản lý các tổ chức hội.',
  'Công tác dân vận của Đảng ngày càng được các cấp ủy, chính quyền quan tâm và đổi mới sự lãnh đạo, chỉ đạo hiệu quả trong toàn hệ thống chính trị, qua đó góp phần tạo sự đồng thuận trong nhân dân; MTTQ, các tổ chức chính trị, xã hội tiếp tục đổi mới phương thức, nâng cao hiệu quả hoạt động, triển khai thực hiện tốt công tác giám sát và phản biện xã hội, tham gia xâu dựng Đảng, xây dựng chính quyền. Đồng thời Ban Dân vận các cấp đã thực hiện quy chế dân chủ ở cơ sở, gắn với công tác sơ, tổng kết các Chỉ thị, Nghị quyết kịp thời giải quyết nguyện vọng chính đáng của nhân dân. Các phong trào thi đua "Dân vận khéo" tiếp tục được quan tâm, đẩy mạnh. ',
  'Theo đó, nhằm tiếp tục đổi mới và nâng cao chất lượng hoạt động công tác dân vận của hệ thống chính trị, năm 2024, Ban Dân vận Tỉnh ủy đề ra 8 nhiệm vụ trọng tâm, đó là: Tham mưu cho Thường trực Tỉnh ủy, Ban Thường vụ Tỉnh ủy, Ban Chấp hành Đảng bộ tỉnh lãnh đạo, chỉ đạo toàn diện công tác dân vận của hệ thống chính trị, góp phần thực hiện thắng lợi Chương trình hành động thực hiện Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025 về công tác dân vận; phối hợp với các cơ quan, đơn vị, địa phương triển khai có hiệu quả phong trào thi đua “Dân vận khéo” và các cuộc vận động, các phong trào thi đua yêu nước; tổ chức kiểm tra, giám sát, khảo sát nắm tình hình kết quả triển khai thực hiện các văn bản của Đảng về công tác dân vận; chủ trì phối hợp với các cơ quan có liên quan triển khai thực hiện, sơ kết, tổng kết các văn bản chỉ đạo của trung ương, của tỉnh về công tác dân vận... Cùng với đó là triển khai nhiệm vụ cụ thể đối với công tác dân vận của các cơ quan Nhà nước, công tác dân vận ở vùng đồng bào dân tộc, đồng bào theo tôn giáo, các hội quần chúng...',
  'Tại Hội nghị, Ban Dân vận Tỉnh ủy đã quán triệt các văn bản của Bộ Chính trị, Ban Bí thư, Tỉnh ủy về công tác dân vận. ',
];

describe('parseCitations in whole articles', () => {
  it('finds every citation of the seed, nested ones included, with offsets into the original string', () => {
    const found = parseCitations(SEED_003);
    expect(found.map((c) => [c.kind, c.number, c.date, c.issuer, c.term])).toEqual([
      ['conclusion', '03', '2016-05-13', 'ban_bi_thu', null],
      ['decision', '290', null, 'bo_chinh_tri', 10],
      ['directive', '19', '2018-01-10', 'ban_bi_thu', null],
      ['conclusion', '08', '2011-08-02', 'ban_bi_thu', 11],
      ['scheme', '08', '2020-03-27', null, null],
      ['directive', '04', '2011-07-06', 'ban_bi_thu', 11],
    ]);
    expect(found.map((c) => SEED_003.slice(c.start, c.end))).toEqual([
      'Kết luận số 03 ngày 13.5.2016 của Ban Bí thư về tiếp tục thực hiện Quyết định số 290 của Bộ Chính trị (khoá X) về ban hành “Quy chế công tác dân vận của hệ thống chính trị”',
      'Quyết định số 290 của Bộ Chính trị (khoá X) về ban hành “Quy chế công tác dân vận của hệ thống chính trị”',
      'Chỉ thị số 19 ngày 10.1.2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới',
      'Kết luận số 08 ngày 2.8.2011 của Ban Bí thư (khoá XI) về xây dựng cốt cán trong tôn giáo',
      'Đề án số 08 ngày 27.3.2020 về “Tập hợp, đoàn kết công nhân trên địa bàn tỉnh giai đoạn 2020-2025”',
      'Chỉ thị số 04 ngày 6.7.2011 của Ban Bí thư (khoá XI) về tiếp tục đổi mới và nâng cao hiệu quả công tác đối ngoại nhân dân trong tình hình mới đối với Ban Thường vụ Huyện uỷ Bến Cầu và Tân Biên',
    ]);
    for (const c of found) expect(SEED_003.slice(c.start, c.end)).toContain(c.number);
  });

  it.each(SEED_NO_CITATION)('finds nothing where documents are only mentioned in general: %s', (text) => {
    expect(parseCitations(text)).toEqual([]);
  });

  it('gives the shared date and issuer to both of "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"', () => {
    const text = 'Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị';
    const found = parseCitations(text);
    expect(found).toHaveLength(2);
    for (const [c, n] of [[found[0]!, '217'], [found[1]!, '218']] as const) {
      expect(c).toMatchObject({ kind: 'decision', number: n, symbol: `${n}-QĐ/TW`, date: '2013-12-12', issuer: 'bo_chinh_tri', issuerName: 'Bộ Chính trị' });
      expect(text.slice(c.start, c.end)).toContain(`${n}-QĐ/TW`);
    }
    expect(parseCitation(text)).toMatchObject({ number: '217', date: '2013-12-12', issuer: 'bo_chinh_tri' });
  });

  it('reads "Quyết định 217, 218-QĐ/TW của Bộ Chính trị (khóa XI)" as two decisions', () => {
    const found = parseCitations('kết quả bước đầu triển khai Quyết định 217, 218-QĐ/TW của Bộ Chính trị (khóa XI) và tham gia ý kiến');
    expect(found.map((c) => [c.number, c.symbol, c.issuer, c.term])).toEqual([
      ['217', '217-QĐ/TW', 'bo_chinh_tri', 11],
      ['218', '218-QĐ/TW', 'bo_chinh_tri', 11],
    ]);
  });

  it('does not share between documents of different kinds or different issuers', () => {
    const found = parseCitations('Chỉ thị số 05-CT/TU và Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư; Nghị quyết số 25-NQ/TW và Kết luận số 120-KL/TW của Bộ Chính trị');
    expect(found.map((c) => [c.symbol, c.date, c.issuer])).toEqual([
      ['05-CT/TU', null, 'tinh_uy'],
      ['19-CT/TW', '2018-01-10', 'ban_bi_thu'],
      ['25-NQ/TW', null, null],
      ['120-KL/TW', null, 'bo_chinh_tri'],
    ]);
  });

  it('never borrows a date or an issuer from another clause', () => {
    expect(parseCitations('Tiếp tục thực hiện Chỉ thị số 19-CT/TW; ngày 10/01/2018, Ban Bí thư đã có kết luận.')).toEqual([
      expect.objectContaining({ symbol: '19-CT/TW', date: null, issuer: null, issuerName: null, subject: null }),
    ]);
    expect(parseCitations('Nghị quyết số 25-NQ/TW đã đi vào cuộc sống. Ngày 3/6/2013 của Ban Chấp hành')).toEqual([
      expect.objectContaining({ number: '25', date: null, issuer: null }),
    ]);
    expect(parseCitations('Nghị quyết 25-NQ/TW\nngày 3/6/2013 của Ban Bí thư')[0]).toMatchObject({ date: null, issuer: null });
  });

  it('does not take quantities for document numbers', () => {
    expect(parseCitations('Kế hoạch 5 năm và Báo cáo 6 tháng đầu năm 2020, Kế hoạch 2.500 hộ, Báo cáo 15% chỉ tiêu')).toEqual([]);
  });

  it('does not report an alias in brackets twice', () => {
    const text = 'thực hiện Kết luận số 12- KL/TW ngày 24-10-2011 của Bộ Chính trị, khóa XI (Kết luận 12) về tiếp tục thực hiện Nghị quyết số 10-NQ/TW của Bộ Chính trị, khóa IX phát triển vùng Tây Nguyên thời kỳ 2011-2020.';
    expect(parseCitations(text).map((c) => c.symbol)).toEqual(['12-KL/TW', '10-NQ/TW']);
  });

  it('keeps an unknown symbol when it follows "số"', () => {
    expect(parseCitations('Số 127-QĐ/TW; Số 24-BS/UBKTTU')).toEqual([
      expect.objectContaining({ kind: 'decision', symbol: '127-QĐ/TW' }),
      expect.objectContaining({ kind: null, number: '24', symbol: '24-BS/UBKTTU' }),
    ]);
  });
});

describe('Unicode forms', () => {
  const text = 'Căn cứ Chỉ thị số 05-CT/TU ngày 23/5/2021 của Ban Thường vụ Tỉnh uỷ Hoà Bình (khoá XVI) về nâng cao hiệu quả phong trào thi đua “Dân vận khéo”; ';
  const expected = F({
    kind: 'directive',
    number: '05',
    symbol: '05-CT/TU',
    date: '2021-05-23',
    issuer: 'btv_tinh_uy',
    issuerName: 'Ban Thường vụ Tỉnh ủy Hòa Bình',
    term: 16,
    subject: 'nâng cao hiệu quả phong trào thi đua “Dân vận khéo”',
  });

  it('maps old tone placement (uỷ, hoà, khoá) to the new one', () => {
    expect(parseCitation(text)).toEqual(expected);
    expect(parseCitation(text.replace('uỷ', 'ủy').replace('Hoà', 'Hòa').replace('khoá', 'khóa'))).toEqual(expected);
  });

  it('reads NFD input and gives offsets into the NFD string', () => {
    const nfd = text.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(text.length);
    const [c] = parseCitations(nfd);
    const { start, end, ...fields } = c!;
    expect(fields).toEqual(expected);
    expect(nfd.slice(start, end).normalize('NFC')).toBe(text.slice(7, text.length - 2));
    expect(nfd.slice(start, end)).toContain('05-CT/TU');
  });

  it('reads text typed without diacritics and upper case', () => {
    expect(parseCitation('Chi thi so 19 - CT/TW ngay 10/1/2018 cua Ban Bi thu')).toMatchObject({ kind: 'directive', symbol: '19-CT/TW', date: '2018-01-10', issuer: 'ban_bi_thu' });
    expect(parseCitation('NGHỊ QUYẾT SỐ 25-NQ/TW NGÀY 03/6/2013 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG (KHÓA XI)')).toMatchObject({ kind: 'resolution', issuer: 'bch_tw', term: 11 });
  });

  it('returns all-null fields when there is no citation', () => {
    expect(parseCitation('')).toEqual(F({}));
    expect(parseCitation('Ban Dân vận Tỉnh ủy tổ chức hội nghị')).toEqual(F({}));
  });
});

describe('safety', () => {
  const fragments = ['Chỉ thị', 'Nghị quyết', 'Luật', 'số', ' ', '19', '-', '/', 'CT', 'TW', 'TƯ', 'ngày', '10', '.', '2018', 'của', 'Ban Bí thư', 'về', '“', '”', '(', ')', 'khóa', 'XII', ',', 'và', ';', '\n', '\u0301', 'uỷ', 'Đ', 'QH15', 'tháng', 'năm'];
  const soup = fc.array(fc.constantFrom(...fragments), { maxLength: 80 }).map((a) => a.join(''));
  const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), soup);

  it('never throws and keeps offsets inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = parseCitations(text);
        for (const c of found) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeGreaterThan(c.start);
          expect(c.end).toBeLessThanOrEqual(text.length);
          expect(c.number).not.toBeNull();
          expect(text.slice(c.start, c.end).normalize('NFC')).toContain(c.number!);
        }
        parseCitation(text);
        normaliseSymbol(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on non-string input from untyped callers', () => {
    expect(parseCitations(undefined as unknown as string)).toEqual([]);
    expect(parseCitation(null as unknown as string)).toEqual(F({}));
    expect(() => normaliseSymbol(42 as unknown as string)).not.toThrow();
  });

  const ADVERSARIAL = ['1.1.1.1-', '/', '-', ' - ', '1', 'a\u0301\u0302', '\u0301', 'số 1-', '“', '(khóa ', '19 - CT/', 'Quyết định 1, ', 'Chỉ thị 1 về ', 'ngày 1/1/2000 ', 'của Ban Bí thư '];
  const repeat = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length));

  it.each(ADVERSARIAL)('scanning work grows linearly on %j repeated (100 KB → 1 MB)', (unit) => {
    const small = repeat(unit, 100_000);
    const large = repeat(unit, 1_000_000);
    const a = citationScanSteps(small);
    const b = citationScanSteps(large);
    expect(b / a).toBeLessThan(11);
    expect(b).toBeLessThan(large.length * 40);
  });

  it.each(['1.1.1.1-', '/'])('time grows linearly on %j repeated (100 KB → 1 MB, ratio under 30)', (unit) => {
    const small = repeat(unit, 100_000);
    const large = repeat(unit, 1_000_000);
    const best = (text: string, runs: number): number => {
      let min = Number.POSITIVE_INFINITY;
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        parseCitations(text);
        min = Math.min(min, performance.now() - t);
      }
      return min;
    };
    best(small, 2); // warm-up
    const ratio = best(large, 3) / Math.max(best(small, 5), 1);
    expect(ratio).toBeLessThan(30);
  });
});

describe('subjects typed with their "về"', () => {
  it('does not double the "về"', () => {
    expect(
      formatCitation({ kind: 'conclusion', number: '114', symbol: '114-KL/TW', date: '2015-07-14', issuer: 'ban_bi_thu', term: 11, subject: 'về nâng cao hiệu quả công tác dân vận' }),
    ).toBe('Kết luận số 114-KL/TW, ngày 14/07/2015 của Ban Bí thư (khóa XI) về nâng cao hiệu quả công tác dân vận');
  });
});
