/**
 * Review milestones the catalogue carries for its documents: the reviews the
 * seeds plan ("sơ kết 5 năm Kết luận 03", "sơ kết 3 năm Chỉ thị 19",
 * "tổng kết 10 năm Kết luận 08") and the usual 5/10-year cycle of the core
 * resolutions. Matched by symbol and issue date, as printed.
 */
export interface CatalogueReview {
  symbol: string;
  issueDate: string;
  kind: 'interim' | 'final';
  years: number;
}

export const CATALOGUE_REVIEWS: CatalogueReview[] = [
  // Seed 003 (Ban Dân vận Tỉnh ủy, 2021): "sơ kết 5 năm thực hiện Kết luận số 03-KL/TW".
  { symbol: '03-KL/TW', issueDate: '2016-05-13', kind: 'interim', years: 5 },
  // Seed 003: "sơ kết 3 năm thực hiện Chỉ thị số 19-CT/TW".
  { symbol: '19-CT/TW', issueDate: '2018-01-10', kind: 'interim', years: 3 },
  // Seed 003: "tổng kết 10 năm thực hiện Kết luận số 08-KL/TW".
  { symbol: '08-KL/TW', issueDate: '2011-08-02', kind: 'final', years: 10 },
  // Nghị quyết 25-NQ/TW (2013): the usual 5-year interim and 10-year final reviews.
  { symbol: '25-NQ/TW', issueDate: '2013-06-03', kind: 'interim', years: 5 },
  { symbol: '25-NQ/TW', issueDate: '2013-06-03', kind: 'final', years: 10 },
  { symbol: '114-KL/TW', issueDate: '2015-07-14', kind: 'interim', years: 5 },
  { symbol: '43-NQ/TW', issueDate: '2023-11-24', kind: 'interim', years: 5 },
  { symbol: '43-NQ/TW', issueDate: '2023-11-24', kind: 'final', years: 10 },
];
