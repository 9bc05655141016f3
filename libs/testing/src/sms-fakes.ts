/**
 * Local fakes of 阿里云短信 (Dysmsapi) and 腾讯云短信 (API 3.0) for tests and the SMS benchmark: HTTP
 * servers on 127.0.0.1 that check each request's signature as the provider does (their own code,
 * written from the providers' documentation, not the app's adapters), answer in the provider's
 * shape, and can be told to fail, throttle, answer garbage or be down. What they accepted is kept in
 * `received`, with the time (ms since the epoch) it arrived.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * `ok`; `error`: a provider error code (`failCode`); `throttle`: the provider's rate-limit code;
 * `garbage`: HTTP 200 with an HTML page; `down`: HTTP 503.
 */
export type FakeSmsMode = 'ok' | 'error' | 'throttle' | 'garbage' | 'down';

export interface FakeSmsReceived {
  phone: string;
  signName: string;
  /** The template code (阿里云) or id (腾讯云) the request named. */
  template: string;
  /** 阿里云: the named parameters; 腾讯云: the parameters in order. */
  params: Record<string, string> | string[];
  messageId: string;
  /** The caller's reference (阿里云 OutId, 腾讯云 SessionContext): the outbox id. */
  reference: string | null;
  /** When it arrived (Date.now()). */
  at: number;
}

abstract class FakeSmsServer {
  mode: FakeSmsMode = 'ok';
  /** Requests refused for a bad signature, key or timestamp. */
  refused = 0;
  /** Requests answered (any mode). */
  requests = 0;
  readonly received: FakeSmsReceived[] = [];
  /** Delivery receipts to report: the default is success. */
  receiptStatus: 'delivered' | 'failed' = 'delivered';
  /** Milliseconds each answer is held back (a provider's network latency). */
  delayMs = 0;
  private server?: Server;
  private port = 0;
  private seq = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.requests++;
        const body = Buffer.concat(chunks).toString('utf8');
        const answer = () => {
          try {
            this.handle(req, body, res);
          } catch (err) {
            res.writeHead(500).end(String(err));
          }
        };
        if (this.delayMs) setTimeout(answer, this.delayMs);
        else answer();
      });
    });
    this.server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The messages a phone received, oldest first. */
  to(phone: string): FakeSmsReceived[] {
    return this.received.filter((m) => m.phone === phone);
  }

  protected nextId(): string {
    return `${Date.now()}${String(++this.seq).padStart(6, '0')}`;
  }

  /** Answers the modes that do not depend on the provider's format; true when it did. */
  protected answeredByMode(res: ServerResponse): boolean {
    if (this.mode === 'down') {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
      return true;
    }
    if (this.mode === 'garbage') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>502 Bad Gateway</body></html>');
      return true;
    }
    return false;
  }

  protected json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' }).end(JSON.stringify(body));
  }

  protected abstract handle(req: IncomingMessage, body: string, res: ServerResponse): void;
}

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** RFC 3986 percent-encoding as 阿里云 documents it for the string to sign. */
const rfc3986 = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * 阿里云 Dysmsapi: `SendSms` and `QuerySendDetails` (RPC style, GET query or POST form), signature
 * version 1.0: Base64(HMAC-SHA1(secret + '&', METHOD + '&%2F&' + encode(sorted encoded query))).
 */
export class FakeAliyunSms extends FakeSmsServer {
  /** The code answered in `error` mode. */
  failCode = 'isp.SYSTEM_ERROR';
  private readonly nonces = new Set<string>();
  private readonly sent = new Map<string, FakeSmsReceived>();

  constructor(
    readonly accessKeyId = 'LTAI5tFakeKeyId0001',
    readonly accessKeySecret = 'fake-aliyun-access-key-secret-0001',
  ) {
    super();
  }

  protected handle(req: IncomingMessage, body: string, res: ServerResponse): void {
    const method = req.method === 'POST' ? 'POST' : 'GET';
    const query = new URL(req.url ?? '/', 'http://fake').searchParams;
    const params = Object.fromEntries(method === 'POST' ? new URLSearchParams(body) : query);
    const requestId = `FAKE-${this.nextId()}`;
    const refuse = (status: number, code: string, message: string) => {
      this.refused++;
      this.json(res, status, { Code: code, Message: message, RequestId: requestId });
    };
    if (params.AccessKeyId !== this.accessKeyId)
      return refuse(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
    if (params.SignatureMethod !== 'HMAC-SHA1' || params.SignatureVersion !== '1.0')
      return refuse(400, 'InvalidParameter', 'SignatureMethod/SignatureVersion');
    const at = Date.parse(params.Timestamp ?? '');
    if (
      !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(params.Timestamp ?? '') ||
      Math.abs(Date.now() - at) > 15 * 60_000
    )
      return refuse(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
    if (!params.SignatureNonce || this.nonces.has(params.SignatureNonce))
      return refuse(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
    const canonical = Object.keys(params)
      .filter((k) => k !== 'Signature')
      .sort()
      .map((k) => `${rfc3986(k)}=${rfc3986(params[k])}`)
      .join('&');
    const expected = createHmac('sha1', `${this.accessKeySecret}&`)
      .update(`${method}&${rfc3986('/')}&${rfc3986(canonical)}`)
      .digest('base64');
    if (!sameText(expected, params.Signature ?? ''))
      return refuse(400, 'SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.');
    this.nonces.add(params.SignatureNonce);
    if (params.Version !== '2017-05-25' || params.Format !== 'JSON')
      return refuse(400, 'InvalidVersion', 'Specified parameter Version or Format is not valid.');
    if (this.answeredByMode(res)) return;

    if (params.Action === 'SendSms') return this.sendSms(params, requestId, res);
    if (params.Action === 'QuerySendDetails') return this.querySendDetails(params, requestId, res);
    this.json(res, 404, {
      Code: 'InvalidAction.NotFound',
      Message: 'Specified api is not found',
      RequestId: requestId,
    });
  }

  private sendSms(params: Record<string, string>, requestId: string, res: ServerResponse): void {
    const answer = (Code: string, Message: string, BizId?: string) =>
      this.json(res, 200, { Code, Message, RequestId: requestId, ...(BizId ? { BizId } : {}) });
    if (!/^1[3-9]\d{9}$/.test(params.PhoneNumbers ?? ''))
      return answer('isv.MOBILE_NUMBER_ILLEGAL', '非法手机号');
    if (!params.SignName) return answer('isv.SMS_SIGNATURE_ILLEGAL', '该账号下找不到对应签名');
    if (!params.TemplateCode) return answer('isv.SMS_TEMPLATE_ILLEGAL', '该账号下找不到对应模板');
    let templateParams: Record<string, string>;
    try {
      templateParams = JSON.parse(params.TemplateParam ?? '{}') as Record<string, string>;
    } catch {
      return answer('isv.INVALID_JSON_PARAM', 'JSON参数不合法，只接受字符串值');
    }
    if (this.mode === 'throttle') return answer('isv.BUSINESS_LIMIT_CONTROL', '触发号码天级流控Permits:10');
    if (this.mode === 'error') return answer(this.failCode, '系统错误');
    const messageId = `${this.nextId()}^0`;
    const received: FakeSmsReceived = {
      phone: params.PhoneNumbers,
      signName: params.SignName,
      template: params.TemplateCode,
      params: templateParams,
      messageId,
      reference: params.OutId ?? null,
      at: Date.now(),
    };
    this.received.push(received);
    this.sent.set(messageId, received);
    answer('OK', 'OK', messageId);
  }

  private querySendDetails(params: Record<string, string>, requestId: string, res: ServerResponse): void {
    const m = this.sent.get(params.BizId ?? '');
    const found = m && m.phone === params.PhoneNumber;
    this.json(res, 200, {
      Code: 'OK',
      Message: 'OK',
      RequestId: requestId,
      TotalCount: found ? 1 : 0,
      SmsSendDetailDTOs: {
        SmsSendDetailDTO: found
          ? [
              {
                PhoneNum: m.phone,
                SendStatus: this.receiptStatus === 'delivered' ? 3 : 2,
                ErrCode: this.receiptStatus === 'delivered' ? 'DELIVERED' : 'MK:0001',
                TemplateCode: m.template,
                ReceiveDate: '2026-11-23 10:00:05',
                SendDate: '2026-11-23 10:00:01',
                Content: '',
                OutId: m.reference ?? '',
              },
            ]
          : [],
      },
    });
  }
}

/**
 * 腾讯云短信 API 3.0: `SendSms` and `PullSmsSendStatus` (POST JSON to /, version 2021-01-11), signed
 * with TC3-HMAC-SHA256 over the canonical request of the content-type and host headers.
 */
export class FakeTencentSms extends FakeSmsServer {
  /** The code answered in `error` mode. */
  failCode = 'FailedOperation.TemplateIncorrectOrUnapproved';
  private readonly pending: FakeSmsReceived[] = [];

  constructor(
    readonly secretId = 'AKIDfakeTencentSecretId0001',
    readonly secretKey = 'fake-tencent-secret-key-0001',
    readonly sdkAppId = '1400006666',
  ) {
    super();
  }

  protected handle(req: IncomingMessage, body: string, res: ServerResponse): void {
    const requestId = `fake-${this.nextId()}`;
    const error = (Code: string, Message: string) => {
      this.json(res, 200, { Response: { Error: { Code, Message }, RequestId: requestId } });
    };
    const refuse = (Code: string, Message: string) => {
      this.refused++;
      error(Code, Message);
    };
    const header = (name: string) => String(req.headers[name] ?? '');
    const auth =
      /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d\d-\d\d)\/([^/]+)\/tc3_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
        header('authorization'),
      );
    if (req.method !== 'POST' || !auth)
      return refuse('AuthFailure.InvalidAuthorization', 'Authorization is invalid');
    const [, secretId, date, service, signedHeaders, signature] = auth;
    if (secretId !== this.secretId)
      return refuse('AuthFailure.SecretIdNotFound', 'The SecretId is not found');
    const timestamp = Number(header('x-tc-timestamp'));
    if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > 300)
      return refuse('AuthFailure.SignatureExpire', 'Signature expired');
    if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date || service !== 'sms')
      return refuse('AuthFailure.SignatureFailure', 'Credential scope does not match');
    const hex = (s: string) => createHash('sha256').update(s).digest('hex');
    const canonicalHeaders = signedHeaders
      .split(';')
      .map((h) => `${h}:${header(h).trim().toLowerCase()}\n`)
      .join('');
    const canonicalRequest = `POST\n/\n\n${canonicalHeaders}\n${signedHeaders}\n${hex(body)}`;
    const stringToSign = `TC3-HMAC-SHA256\n${timestamp}\n${date}/sms/tc3_request\n${hex(canonicalRequest)}`;
    const kDate = createHmac('sha256', `TC3${this.secretKey}`).update(date).digest();
    const kService = createHmac('sha256', kDate).update('sms').digest();
    const kSigning = createHmac('sha256', kService).update('tc3_request').digest();
    const expected = createHmac('sha256', kSigning).update(stringToSign).digest('hex');
    if (!signedHeaders.split(';').includes('host') || !sameText(expected, signature))
      return refuse('AuthFailure.SignatureFailure', 'The provided credentials could not be validated.');
    if (header('x-tc-version') !== '2021-01-11') return error('InvalidParameterValue', 'version');
    if (this.answeredByMode(res)) return;
    let payload: Record<string, unknown>;
    try {
      payload = JSON.parse(body) as Record<string, unknown>;
    } catch {
      return error('InvalidParameter', 'body is not JSON');
    }
    if (payload.SmsSdkAppId !== this.sdkAppId)
      return error('InvalidParameterValue.SdkAppIdNotExist', 'SdkAppId not exist');
    const action = header('x-tc-action');
    if (action === 'SendSms') return this.sendSms(payload, requestId, res, error);
    if (action === 'PullSmsSendStatus') {
      const set = this.pending.splice(0, Number(payload.Limit) || 100).map((m) => ({
        UserReceiveTime: '2026-11-23 10:00:05',
        CountryCode: '86',
        SubscriberNumber: m.phone,
        PhoneNumber: `+86${m.phone}`,
        SerialNo: m.messageId,
        ReportStatus: this.receiptStatus === 'delivered' ? 'SUCCESS' : 'FAIL',
        Description: this.receiptStatus === 'delivered' ? 'DELIVRD' : 'MK:0001',
        SessionContext: m.reference ?? '',
      }));
      return this.json(res, 200, { Response: { PullSmsSendStatusSet: set, RequestId: requestId } });
    }
    error('InvalidAction', `${action} not found`);
  }

  private sendSms(
    payload: Record<string, unknown>,
    requestId: string,
    res: ServerResponse,
    error: (code: string, message: string) => void,
  ): void {
    const phones = payload.PhoneNumberSet;
    const params = payload.TemplateParamSet ?? [];
    if (
      !Array.isArray(phones) ||
      !phones.length ||
      typeof payload.TemplateId !== 'string' ||
      typeof payload.SignName !== 'string'
    )
      return error('MissingParameter', 'PhoneNumberSet, TemplateId and SignName are required');
    if (!Array.isArray(params) || params.some((p) => typeof p !== 'string'))
      return error('InvalidParameterValue.TemplateParameterFormatError', 'TemplateParamSet must be strings');
    if (this.mode === 'error') return error(this.failCode, '模板未审批或内容不匹配');
    const status = phones.map((p: unknown) => {
      const phone = String(p);
      const base = {
        PhoneNumber: phone,
        Fee: 0,
        SessionContext: String(payload.SessionContext ?? ''),
        IsoCode: 'CN',
      };
      if (!/^\+861[3-9]\d{9}$/.test(phone))
        return {
          ...base,
          SerialNo: '',
          Code: 'InvalidParameterValue.IncorrectPhoneNumber',
          Message: '手机号格式错误',
        };
      if (this.mode === 'throttle')
        return {
          ...base,
          SerialNo: '',
          Code: 'LimitExceeded.PhoneNumberThirtySecondLimit',
          Message: '单个手机号30秒内下发短信条数超过设定的上限',
        };
      const received: FakeSmsReceived = {
        phone: phone.slice(3),
        signName: payload.SignName as string,
        template: payload.TemplateId as string,
        params: params as string[],
        messageId: `2433:${this.nextId()}`,
        reference: typeof payload.SessionContext === 'string' ? payload.SessionContext : null,
        at: Date.now(),
      };
      this.received.push(received);
      this.pending.push(received);
      return { ...base, Fee: 1, SerialNo: received.messageId, Code: 'Ok', Message: 'send success' };
    });
    this.json(res, 200, { Response: { SendStatusSet: status, RequestId: requestId } });
  }
}

/** The environment that points the app at running fakes (template codes for every template given). */
export function fakeSmsEnv(
  fakes: { aliyun?: FakeAliyunSms; tencent?: FakeTencentSms },
  templates: readonly string[],
  order: ('aliyun' | 'tencent')[] = ['aliyun', 'tencent'],
): Record<string, string> {
  const env: Record<string, string> = {
    SMS_PROVIDER: order.filter((p) => fakes[p]).join(','),
    SMS_SIGN_NAME: '乡村公共法律服务',
  };
  if (fakes.aliyun) {
    Object.assign(env, {
      SMS_ALIYUN_ACCESS_KEY_ID: fakes.aliyun.accessKeyId,
      SMS_ALIYUN_ACCESS_KEY_SECRET: fakes.aliyun.accessKeySecret,
      SMS_ALIYUN_ENDPOINT: fakes.aliyun.url,
    });
    templates.forEach(
      (t, i) => (env[`SMS_ALIYUN_TEMPLATE_${t.toUpperCase()}`] = `SMS_4650${String(i).padStart(4, '0')}`),
    );
  }
  if (fakes.tencent) {
    Object.assign(env, {
      SMS_TENCENT_SECRET_ID: fakes.tencent.secretId,
      SMS_TENCENT_SECRET_KEY: fakes.tencent.secretKey,
      SMS_TENCENT_SDK_APP_ID: fakes.tencent.sdkAppId,
      SMS_TENCENT_ENDPOINT: fakes.tencent.url,
    });
    templates.forEach((t, i) => (env[`SMS_TENCENT_TEMPLATE_${t.toUpperCase()}`] = String(1_100_000 + i)));
  }
  return env;
}
