import { currentLanguage } from '../lib/i18n-store.ts';
import { ApiError, parseApiError } from './client.ts';

/**
 * A multipart POST through XMLHttpRequest, for its upload progress events
 * (fetch has none): `onProgress` gets 0–100 while the bytes go up, then
 * `null` once they are all sent (the server is reading and saving). Errors
 * come back as the same `ApiError` as every other call.
 */
export function uploadWithProgress<T>(url: string, form: FormData, onProgress: (percent: number | null) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept-language', currentLanguage());
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.min(100, Math.round((e.loaded / e.total) * 100)));
    };
    xhr.upload.onload = () => onProgress(null);
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', currentLanguage() === 'en' ? 'The upload failed: no connection to the server.' : 'Tải lên không thành công: không kết nối được máy chủ.'));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
        return;
      }
      void parseApiError(new Response(xhr.responseText, { status: xhr.status, headers: { 'content-type': 'application/json' } })).then(reject, reject);
    };
    xhr.send(form);
  });
}

/** A form with `file` and any text fields. */
export function formWith(file: File, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append('file', file);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
}
