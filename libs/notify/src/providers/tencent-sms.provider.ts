import type { TencentSmsConfig } from '@app/core';
import {
  answerExcerpt,
  type SmsMessage,
  SmsProvider,
  type SmsReceipt,
  type SmsSendResult,
} from './sms-provider';
import { orderedParams } from '../sms-templates';
import { TC3_CONTENT_TYPE, tc3Authorization } from './tencent-signature';

/** Codes by which 腾讯云 limits us or the number for now (频率限制, API throttling). */
const THROTTLED = /^(LimitExceeded\..*|RequestLimitExceeded(\..*)?)$/;
/** Codes for which no provider could deliver this message to this number. */
const REJECTED =
  /^(InvalidParameterValue\.IncorrectPhoneNumber|FailedOperation\.PhoneNumberInBlacklist|UnsupportedOperation\.ContainDomesticAndInternationalPhoneNumber)$/;

interface TencentAnswer {
  Response?: {
    Error?: { Code?: unknown; Message?: unknown };
    SendStatusSet?: { SerialNo?: unknown; Code?: unknown; Message?: unknown }[];
    PullSmsSendStatusSet?: {
      SerialNo?: unknown;
      ReportStatus?: unknown;
      Description?: unknown;
      UserReceiveTime?: unknown;
    }[];
  };
}

/**
 * 腾讯云短信 through API 3.0 (`sms`, version 2021-01-11): `SendSms` with the numeric template id and
 * its parameters in the template's order, signed with TC3-HMAC-SHA256; `PullSmsSendStatus` for
 * delivery receipts. A whole-request error comes as `Response.Error`; each number's outcome as
 * `Response.SendStatusSet[].Code` (`Ok`).
 */
export class TencentSmsProvider extends SmsProvider {
  readonly name = 'tencent' as const;

  constructor(
    private readonly config: TencentSmsConfig,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  async send(message: SmsMessage): Promise<SmsSendResult> {
    const templateId = this.config.templates[message.template];
    if (!templateId)
      return {
        ok: false,
        code: 'TEMPLATE_NOT_CONFIGURED',
        message: `no template id for ${message.template}`,
        kind: 'failed',
      };
    const params = orderedParams(message.template, message.params);
    if (!params)
      return {
        ok: false,
        code: 'PARAMS_MISSING',
        message: `parameters of ${message.template} missing`,
        kind: 'rejected',
      };
    const { status, body, json } = await this.call('SendSms', {
      PhoneNumberSet: [`+86${message.phone}`],
      SmsSdkAppId: this.config.sdkAppId,
      SignName: this.config.signName,
      TemplateId: templateId,
      TemplateParamSet: params,
      SessionContext: message.id,
    });
    const error = json?.Response?.Error;
    if (error && typeof error.Code === 'string') {
      const text = typeof error.Message === 'string' ? error.Message : answerExcerpt(status, body);
      return {
        ok: false,
        code: error.Code,
        message: text,
        kind: THROTTLED.test(error.Code) ? 'throttled' : 'failed',
      };
    }
    const one = json?.Response?.SendStatusSet?.[0];
    if (!one || typeof one.Code !== 'string')
      return { ok: false, code: 'BAD_ANSWER', message: answerExcerpt(status, body), kind: 'failed' };
    if (one.Code === 'Ok' && typeof one.SerialNo === 'string')
      return { ok: true, messageId: one.SerialNo, code: one.Code };
    const text = typeof one.Message === 'string' ? one.Message : answerExcerpt(status, body);
    return {
      ok: false,
      code: one.Code,
      message: text,
      kind: THROTTLED.test(one.Code) ? 'throttled' : REJECTED.test(one.Code) ? 'rejected' : 'failed',
    };
  }

  /**
   * `PullSmsSendStatus`: the receipts 腾讯云 holds for the app. Each is handed out once, so all are
   * returned (those of messages no longer waiting are ignored by the caller), up to 10 pages a round.
   */
  override async receipts(): Promise<SmsReceipt[]> {
    const out: SmsReceipt[] = [];
    for (let page = 0; page < 10; page++) {
      const { json } = await this.call('PullSmsSendStatus', {
        Limit: 100,
        SmsSdkAppId: this.config.sdkAppId,
      });
      const set = json?.Response?.PullSmsSendStatusSet ?? [];
      for (const r of set) {
        if (typeof r.SerialNo !== 'string') continue;
        const at =
          typeof r.UserReceiveTime === 'string'
            ? new Date(`${r.UserReceiveTime.replace(' ', 'T')}+08:00`)
            : null;
        out.push({
          messageId: r.SerialNo,
          status: r.ReportStatus === 'SUCCESS' ? 'delivered' : 'failed',
          code: typeof r.Description === 'string' ? r.Description : String(r.ReportStatus),
          at: at && !Number.isNaN(at.getTime()) ? at : null,
        });
      }
      if (set.length < 100) break;
    }
    return out;
  }

  private async call(
    action: string,
    body: object,
  ): Promise<{ status: number; body: string; json?: TencentAnswer }> {
    const payload = JSON.stringify(body);
    // The provider checks the request's time against its own: real time, whatever the app's Clock says.
    const timestamp = Math.floor(Date.now() / 1000);
    const url = new URL(this.config.endpoint);
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: tc3Authorization({
          secretId: this.config.secretId,
          secretKey: this.config.secretKey,
          service: 'sms',
          host: url.host,
          timestamp,
          payload,
        }),
        'content-type': TC3_CONTENT_TYPE,
        'x-tc-action': action,
        'x-tc-timestamp': String(timestamp),
        'x-tc-version': '2021-01-11',
        'x-tc-region': this.config.region,
      },
      body: payload,
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await res.text();
    let json: TencentAnswer | undefined;
    try {
      const parsed: unknown = JSON.parse(text);
      json = parsed && typeof parsed === 'object' ? (parsed as TencentAnswer) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, body: text, json };
  }
}
