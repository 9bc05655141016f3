import { createHmac } from 'node:crypto';

/** 阿里云's percent-encoding (RFC 3986: space as %20, `*` as %2A, `~` kept). */
export function aliyunPercentEncode(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%7E/g, '~');
}

/** The sorted, percent-encoded query that is signed and sent (without `Signature`). */
export function aliyunCanonicalQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${aliyunPercentEncode(k)}=${aliyunPercentEncode(params[k])}`)
    .join('&');
}

/**
 * Signature version 1.0 of 阿里云's RPC APIs: Base64(HMAC-SHA1(secret + "&",
 * METHOD & %2F & percentEncode(canonical query))).
 */
export function aliyunSignature(
  method: 'GET' | 'POST',
  params: Record<string, string>,
  secret: string,
): string {
  const stringToSign = `${method}&${aliyunPercentEncode('/')}&${aliyunPercentEncode(aliyunCanonicalQuery(params))}`;
  return createHmac('sha1', `${secret}&`).update(stringToSign, 'utf8').digest('base64');
}

/** `2026-11-23T02:00:00Z`: ISO 8601 in UTC without milliseconds, as the RPC APIs take it. */
export const aliyunTimestamp = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, 'Z');
