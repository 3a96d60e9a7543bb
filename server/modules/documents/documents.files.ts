import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../lib/app-error.ts';
import { storeFile } from './documents.repository.ts';
import { ATTACHMENT_MAX_BYTES } from './documents.schemas.ts';

/** The kinds of file the application accepts, recognised by their bytes. */
export const FILE_KINDS = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  jpeg: 'image/jpeg',
  png: 'image/png',
} as const;
export type FileKind = keyof typeof FILE_KINDS;

const KIND_LABEL: Record<FileKind, string> = { pdf: 'PDF', docx: 'DOCX', jpeg: 'JPEG', png: 'PNG' };

/** What a file really is, from its bytes — never from its name. */
export function sniffFileKind(content: Buffer): FileKind | null {
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (content.length > 3 && content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return 'jpeg';
  if (content.length > 8 && content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (content.length > 30 && content.readUInt32LE(0) === 0x04034b50) {
    const text = content.toString('latin1');
    if (text.includes('[Content_Types].xml') && text.includes('word/document.xml')) return 'docx';
  }
  return null;
}

const list = (kinds: readonly FileKind[], and: string) => {
  const names = kinds.map((k) => KIND_LABEL[k]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
};

export interface StoredFile {
  name: string;
  sha256: string;
  mediaType: string;
  size: number;
}

/**
 * Check a file by its content (not empty, not too large, one of `allowed`) and
 * store it once in `files` by SHA-256. Errors name the field `file`.
 */
export async function storeCheckedFile(db: Db, fileName: string, content: Buffer, allowed: readonly FileKind[]): Promise<StoredFile> {
  const name = fileName.normalize('NFC').replace(/[\\/]/gu, '_').slice(0, 200) || 'tep';
  const field = (vi: string, en: string) => new AppError('VALIDATION_FAILED', { vi, en }, { fields: { file: { vi, en } } });
  if (content.length === 0) throw field(`Tệp "${name}" rỗng.`, `The file "${name}" is empty.`);
  if (content.length > ATTACHMENT_MAX_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', {
      vi: `Tệp "${name}" quá lớn (${(content.length / 1048576).toFixed(1)} MB); tối đa ${ATTACHMENT_MAX_BYTES / 1048576} MB.`,
      en: `The file "${name}" is too large (${(content.length / 1048576).toFixed(1)} MB); the limit is ${ATTACHMENT_MAX_BYTES / 1048576} MB.`,
    });
  const kind = sniffFileKind(content);
  if (!kind || !allowed.includes(kind))
    throw field(
      `Tệp "${name}" không phải ${list(allowed, 'hoặc')} (kiểm tra theo nội dung, không theo tên tệp).`,
      `The file "${name}" is not a ${list(allowed, 'or')} (checked by its content, not its name).`,
    );
  const sha256 = createHash('sha256').update(content).digest('hex');
  const mediaType = FILE_KINDS[kind];
  await storeFile(db, sha256, mediaType, content);
  return { name, sha256, mediaType, size: content.length };
}
