export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The names a downloaded file goes by. */
export interface DownloadNames {
  /** The file name in Chinese, e.g. 胜山镇法律援助案件台账(2026年11月).xlsx. */
  filename: string;
  /** An ASCII name for clients that do not read RFC 5987, e.g. register-legal_aid_cases-330282113-2026-11.xlsx. */
  asciiFilename: string;
}

/**
 * `Content-Disposition: attachment` with an ASCII fallback name and the real one in UTF-8 per
 * RFC 5987/6266 (`filename*=UTF-8''…`), percent-encoding everything that is not an attr-char.
 */
export function contentDisposition(d: DownloadNames): string {
  const encoded = encodeURIComponent(d.filename).replace(
    /['()*!]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${d.asciiFilename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encoded}`;
}
