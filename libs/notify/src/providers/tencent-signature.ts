import { createHash, createHmac } from 'node:crypto';

const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: Buffer | string, s: string) => createHmac('sha256', key).update(s, 'utf8').digest();

export const TC3_CONTENT_TYPE = 'application/json; charset=utf-8';

/**
 * The TC3-HMAC-SHA256 `Authorization` header of a 腾讯云 API 3.0 POST with a JSON body: the
 * canonical request (POST, /, no query, content-type and host headers, SHA-256 of the body) signed
 * with a key derived from the secret key, the UTC date, the service and `tc3_request`.
 */
export function tc3Authorization(req: {
  secretId: string;
  secretKey: string;
  service: string;
  host: string;
  timestamp: number;
  payload: string;
}): string {
  const date = new Date(req.timestamp * 1000).toISOString().slice(0, 10);
  const canonicalRequest = [
    'POST',
    '/',
    '',
    `content-type:${TC3_CONTENT_TYPE}\nhost:${req.host}\n`,
    'content-type;host',
    sha256Hex(req.payload),
  ].join('\n');
  const scope = `${date}/${req.service}/tc3_request`;
  const stringToSign = ['TC3-HMAC-SHA256', String(req.timestamp), scope, sha256Hex(canonicalRequest)].join(
    '\n',
  );
  const key = hmac(hmac(hmac(`TC3${req.secretKey}`, date), req.service), 'tc3_request');
  const signature = createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
  return `TC3-HMAC-SHA256 Credential=${req.secretId}/${scope}, SignedHeaders=content-type;host, Signature=${signature}`;
}
