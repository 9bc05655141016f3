import { createHash, createHmac } from 'node:crypto';
import {
  aliyunCanonicalQuery,
  aliyunPercentEncode,
  aliyunSignature,
  aliyunTimestamp,
} from './aliyun-signature';
import { tc3Authorization } from './tencent-signature';

describe('阿里云 signature version 1.0', () => {
  it('percent-encodes as RFC 3986 (space %20, * %2A, ~ kept, UTF-8 for Chinese)', () => {
    expect(aliyunPercentEncode("a b*c~d!'()")).toBe('a%20b%2Ac~d%21%27%28%29');
    expect(aliyunPercentEncode('阿里')).toBe('%E9%98%BF%E9%87%8C');
    expect(aliyunPercentEncode('{"code":"1"}')).toBe('%7B%22code%22%3A%221%22%7D');
  });

  it('signs METHOD&%2F&encode(sorted query) with HMAC-SHA1 keyed by secret + "&"', () => {
    const params = { Version: '2017-05-25', Action: 'SendSms', AccessKeyId: 'testid', SignName: '阿里云' };
    const query = 'AccessKeyId=testid&Action=SendSms&SignName=%E9%98%BF%E9%87%8C%E4%BA%91&Version=2017-05-25';
    const expected = createHmac('sha1', 'testsecret&')
      .update(`GET&%2F&${encodeURIComponent(query)}`)
      .digest('base64');

    expect(aliyunCanonicalQuery({ ...params, Signature: 'ignored' })).toBe(query);
    expect(aliyunSignature('GET', params, 'testsecret')).toBe(expected);
  });

  it('writes the timestamp in UTC without milliseconds', () => {
    expect(aliyunTimestamp(new Date('2026-11-23T02:00:00.123Z'))).toBe('2026-11-23T02:00:00Z');
  });
});

describe('腾讯云 TC3-HMAC-SHA256', () => {
  it('builds the Authorization header from the canonical request, the dated scope and the derived key', () => {
    const payload = '{"Limit":1}';
    const timestamp = 1_795_000_000; // 2026-11-18 UTC
    const hex = (s: string) => createHash('sha256').update(s).digest('hex');
    const canonical = `POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:sms.tencentcloudapi.com\n\ncontent-type;host\n${hex(payload)}`;
    const toSign = `TC3-HMAC-SHA256\n${timestamp}\n2026-11-18/sms/tc3_request\n${hex(canonical)}`;
    let key = createHmac('sha256', 'TC3secret').update('2026-11-18').digest();
    key = createHmac('sha256', key).update('sms').digest();
    key = createHmac('sha256', key).update('tc3_request').digest();
    const signature = createHmac('sha256', key).update(toSign).digest('hex');

    const header = tc3Authorization({
      secretId: 'AKIDid',
      secretKey: 'secret',
      service: 'sms',
      host: 'sms.tencentcloudapi.com',
      timestamp,
      payload,
    });

    expect(header).toBe(
      `TC3-HMAC-SHA256 Credential=AKIDid/2026-11-18/sms/tc3_request, SignedHeaders=content-type;host, Signature=${signature}`,
    );
  });
});
