import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { docxOf, pdfWithoutText, zipOf } from '../test/text-files.ts';

const run = promisify(execFile);
const SEED = 'bench/extraction/seeds/003_6ff3ef6cd877eee6.txt';

describe('npm run --silent extract', () => {
  it('prints the issue’s facts of seed 003 as JSON', async () => {
    const { stdout } = await run('npx', ['tsx', 'server/cli/extract.ts', '--json', SEED]);
    const [out, ...rest] = JSON.parse(stdout) as Record<string, unknown>[];
    expect(rest).toEqual([]);
    expect(out).toMatchObject({
      file: SEED,
      eventDate: '2021-01-19',
      documents: [
        { kind: 'Kết luận', number: '03', symbol: null, date: '2016-05-13', issuer: 'Ban Bí thư', term: null },
        { kind: 'Quyết định', number: '290', date: null, issuer: 'Bộ Chính trị', term: 'X' },
        { kind: 'Chỉ thị', number: '19', date: '2018-01-10', issuer: 'Ban Bí thư', term: null },
        { kind: 'Kết luận', number: '08', date: '2011-08-02', issuer: 'Ban Bí thư', term: 'XI' },
        { kind: 'Đề án', number: '08', date: '2020-03-27', issuer: null, term: null },
        { kind: 'Chỉ thị', number: '04', date: '2011-07-06', issuer: 'Ban Bí thư', term: 'XI' },
      ],
      people: [
        { name: 'Lê Minh Thế', titles: ['Trưởng ban Dân vận Tỉnh ủy'] },
        { name: 'Nguyễn Văn Hợp', titles: ['Chủ tịch UB.MTTQVN tỉnh'] },
        { name: 'Lý Trung Đông', titles: ['Phó Trưởng Ban Dân vận Tỉnh ủy'] },
      ],
      awards: [
        { giver: 'UBND tỉnh', kind: 'Bằng khen', collectives: 54, individuals: 40 },
        { giver: 'Ban Dân vận Tỉnh ủy', collectives: 6, individuals: null },
      ],
    });
    const docs = (out as { documents: { start: number; end: number }[] }).documents;
    for (const d of docs) expect(d.end).toBeGreaterThan(d.start);
  });

  it('reads .docx and zips, lists readably, and reports an unreadable file without losing the others', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'danvan-extract-'));
    try {
      const docx = path.join(dir, 'bao-cao.docx');
      writeFileSync(docx, await docxOf(['Ngày 29/11/2016, Ban Dân vận Tỉnh ủy tổ chức giao ban.', 'Đồng chí Nguyễn Văn Hưởng, Trưởng Ban Dân vận Tỉnh ủy chủ trì.']));
      const zip = path.join(dir, 'lo.zip');
      writeFileSync(zip, await zipOf({ 'a.txt': 'Thực hiện Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư.' }));
      const scanned = path.join(dir, 'scan.pdf');
      writeFileSync(scanned, pdfWithoutText());
      const failed = await run('npx', ['tsx', 'server/cli/extract.ts', docx, zip, scanned]).catch((e: { stdout: string; stderr: string; code: number }) => e);
      expect(failed).toMatchObject({ code: 1 });
      const { stdout, stderr } = failed as { stdout: string; stderr: string };
      expect(stdout).toContain('Ngày sự kiện: 29/11/2016');
      expect(stdout).toContain('Nguyễn Văn Hưởng — Trưởng Ban Dân vận Tỉnh ủy');
      expect(stdout).toContain('Chỉ thị 19-CT/TW · 10/01/2018 · Ban Bí thư');
      expect(stderr).toContain('không có lớp chữ');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
