import { randomUUID } from 'node:crypto';
import type { AliyunSmsConfig } from '@app/core';
import { businessDate } from '@app/core';
import { orderedParams } from '../sms-templates';
import { aliyunSignature, aliyunTimestamp } from './aliyun-signature';
import {
  answerExcerpt,
  type AwaitingReceipt,
  type SmsMessage,
  SmsProvider,
  type SmsReceipt,
  type SmsSendResult,
} from './sms-provider';

/** Codes by which 阿里云 limits us or the number for now (分钟级/小时级/天级流控, API throttling). */
const THROTTLED =
  /^(isv\.BUSINESS_LIMIT_CONTROL|isv\.DAY_LIMIT_CONTROL|Throttling(\..*)?|isv\.OUT_OF_SERVICE_FLOW_CONTROL)$/;
/** Codes for which no provider could deliver this message to this number. */
const REJECTED = /^(isv\.MOBILE_NUMBER_ILLEGAL|isv\.MOBILE_COUNT_OVER_LIMIT)$/;

interface AliyunAnswer {
  Code?: unknown;
  Message?: unknown;
  BizId?: unknown;
  RequestId?: unknown;
  SmsSendDetailDTOs?: {
    SmsSendDetailDTO?: { SendStatus?: unknown; ErrCode?: unknown; ReceiveDate?: unknown }[];
  };
}

/**
 * 阿里云短信 through Dysmsapi's signed RPC API (version 2017-05-25): `SendSms` with the template code
 * and its parameters as JSON, `QuerySendDetails` for delivery receipts. The request is a POST form
 * signed with signature version 1.0 (HMAC-SHA1); the answer is JSON with `Code: 'OK'` and a `BizId`.
 */
export class AliyunSmsProvider extends SmsProvider {
  readonly name = 'aliyun' as const;

  constructor(
    private readonly config: AliyunSmsConfig,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  async send(message: SmsMessage): Promise<SmsSendResult> {
    const templateCode = this.config.templates[message.template];
    if (!templateCode)
      return {
        ok: false,
        code: 'TEMPLATE_NOT_CONFIGURED',
        message: `no template code for ${message.template}`,
        kind: 'failed',
      };
    if (!orderedParams(message.template, message.params))
      return {
        ok: false,
        code: 'PARAMS_MISSING',
        message: `parameters of ${message.template} missing`,
        kind: 'rejected',
      };
    const { status, body, json } = await this.call({
      Action: 'SendSms',
      PhoneNumbers: message.phone,
      SignName: this.config.signName,
      TemplateCode: templateCode,
      TemplateParam: JSON.stringify(message.params),
      OutId: message.id,
    });
    const code = typeof json?.Code === 'string' ? json.Code : null;
    if (!code) return { ok: false, code: 'BAD_ANSWER', message: answerExcerpt(status, body), kind: 'failed' };
    if (code === 'OK' && typeof json?.BizId === 'string' && json.BizId)
      return { ok: true, messageId: json.BizId, code };
    const text = typeof json?.Message === 'string' ? json.Message : answerExcerpt(status, body);
    if (code === 'OK')
      return { ok: false, code: 'BAD_ANSWER', message: `OK without BizId: ${text}`, kind: 'failed' };
    return {
      ok: false,
      code,
      message: text,
      kind: THROTTLED.test(code) ? 'throttled' : REJECTED.test(code) ? 'rejected' : 'failed',
    };
  }

  /** `QuerySendDetails` per message: SendStatus 3 delivered, 2 failed (with ErrCode), 1 still waiting. */
  override async receipts(awaiting: AwaitingReceipt[]): Promise<SmsReceipt[]> {
    const out: SmsReceipt[] = [];
    for (const m of awaiting) {
      const { json } = await this.call({
        Action: 'QuerySendDetails',
        PhoneNumber: m.phone,
        BizId: m.messageId,
        SendDate: businessDate(m.sentAt).replace(/-/g, ''),
        PageSize: '10',
        CurrentPage: '1',
      }).catch(() => ({ json: undefined }));
      const detail = json?.Code === 'OK' ? json.SmsSendDetailDTOs?.SmsSendDetailDTO?.[0] : undefined;
      const sendStatus = Number(detail?.SendStatus);
      if (sendStatus !== 2 && sendStatus !== 3) continue;
      const receivedAt =
        typeof detail?.ReceiveDate === 'string'
          ? new Date(`${detail.ReceiveDate.replace(' ', 'T')}+08:00`)
          : null;
      out.push({
        messageId: m.messageId,
        status: sendStatus === 3 ? 'delivered' : 'failed',
        code: typeof detail?.ErrCode === 'string' ? detail.ErrCode : String(sendStatus),
        at: receivedAt && !Number.isNaN(receivedAt.getTime()) ? receivedAt : null,
      });
    }
    return out;
  }

  private async call(
    action: Record<string, string>,
  ): Promise<{ status: number; body: string; json?: AliyunAnswer }> {
    const params: Record<string, string> = {
      AccessKeyId: this.config.accessKeyId,
      Format: 'JSON',
      RegionId: 'cn-hangzhou',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: randomUUID(),
      SignatureVersion: '1.0',
      // The provider checks the request's time against its own: real time, whatever the app's Clock says.
      Timestamp: aliyunTimestamp(new Date()),
      Version: '2017-05-25',
      ...action,
    };
    params.Signature = aliyunSignature('POST', params, this.config.accessKeySecret);
    const res = await fetch(this.config.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params).toString(),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const body = await res.text();
    let json: AliyunAnswer | undefined;
    try {
      const parsed: unknown = JSON.parse(body);
      json = parsed && typeof parsed === 'object' ? (parsed as AliyunAnswer) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, body, json };
  }
}
