const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const SECRET_PARAMS = /([?&](?:token|code|password|refreshToken|accessToken|phone|idNumber)=)[^&#]*/gi;

/** Removes secrets and personal data from a URL or any text before it is logged. */
export function scrub(text: string): string {
  return text
    .replace(SECRET_PARAMS, '$1[REDACTED]')
    .replace(ID_NUMBER, '[ID]')
    .replace(MOBILE, (m) => `${m.slice(0, 3)}****${m.slice(-4)}`);
}

/** Paths inside log objects that must never be written (request bodies, headers, errors). */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.refreshToken',
  '*.accessToken',
  '*.phone',
  '*.idNumber',
  '*.code',
  '*.token',
];
