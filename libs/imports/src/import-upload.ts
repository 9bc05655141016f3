import { PayloadTooLargeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { ImportInput } from './imports.service';

/** The largest xlsx an import takes (10,000 rows are about 1 MB). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const tooLarge = () =>
  new PayloadTooLargeException({
    code: 'IMPORT_FILE_TOO_LARGE',
    message: `上传的文件超过${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
    details: { maxBytes: MAX_UPLOAD_BYTES },
  });

/**
 * What `POST /imports` carries: a multipart upload (`file`, `kind`, `dryRun`, in any order) or a JSON
 * body (`{ kind, dryRun, rows }`). A file over MAX_UPLOAD_BYTES is a 413 before more of it is read.
 */
export async function readImportRequest(req: FastifyRequest, body: unknown): Promise<ImportInput> {
  const r = req as FastifyRequest & {
    isMultipart?: () => boolean;
    parts?: (opts: unknown) => AsyncIterableIterator<{
      type: 'file' | 'field';
      fieldname: string;
      filename?: string;
      value?: unknown;
      toBuffer?: () => Promise<Buffer>;
      file?: NodeJS.ReadableStream & { truncated?: boolean; resume?: () => void };
    }>;
  };
  if (!r.isMultipart?.()) {
    const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    return { kind: b.kind, dryRun: b.dryRun === true || b.dryRun === 'true', rows: b.rows };
  }
  const fields: Record<string, string> = {};
  let file: ImportInput['file'];
  try {
    for await (const part of r.parts!({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer!();
        if (part.fieldname === 'file') file = { bytes, name: part.filename ?? null };
      } else fields[part.fieldname] = String(part.value ?? '');
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw err;
  }
  return { kind: fields.kind, dryRun: fields.dryRun === 'true', file, rows: file ? undefined : [] };
}
