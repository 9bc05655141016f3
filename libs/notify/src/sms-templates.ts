/**
 * Every SMS the product sends. Chinese carriers deliver only pre-approved templates with parameters
 * under a registered signature, so a message is a template id with named parameters; the code of
 * each template at each provider comes from the configuration (`SMS_ALIYUN_TEMPLATE_OTP=SMS_…`,
 * `SMS_TENCENT_TEMPLATE_OTP=…`). The text here is what the template says when registered: the
 * outbox and the development view show it rendered with the same parameters, so they read what the
 * resident reads. A provider that numbers its parameters ({1}, {2}: 腾讯云) gets them in `params` order.
 */
export const SMS_TEMPLATES = {
  otp: {
    text: '您的验证码是${code}，5分钟内有效。如非本人操作，请忽略本短信。',
    params: ['code'],
    /** Parameters that are secrets: the outbox keeps them only until the message is handed over. */
    secret: ['code'],
  },
  booking_confirmation: {
    text: '预约成功：${time}，预约码${code}。如需取消请在预约开始前操作。',
    params: ['time', 'code'],
  },
  booking_reminder: {
    text: '提醒：您预约的法律咨询在明天${time}，预约码${code}。',
    params: ['time', 'code'],
  },
  booking_cancelled: {
    text: '抱歉，您${time}的预约（预约码${code}）因值班调整取消，请重新选择时间。',
    params: ['time', 'code'],
  },
  booking_cancelled_by_staff: {
    text: '您${time}的预约（预约码${code}）已由工作人员取消，原因：${reason}。如需咨询请重新预约。',
    params: ['time', 'code', 'reason'],
  },
  booking_rescheduled: {
    text: '改约成功：新的预约时间为${time}，预约码${code}不变。',
    params: ['time', 'code'],
  },
  waitlist_offer: {
    text: '候补通知：${time}有空位，已为您保留至${until}，请在“我的候补”中一键确认，逾时将顺延给下一位。',
    params: ['time', 'until'],
  },
  rating_invitation: {
    text: '感谢您前来咨询，请为本次服务评价：${link} （${days}天内有效，仅限一次）',
    params: ['link', 'days'],
  },
  phone_check: {
    text: '工作人员正在为您代为预约，验证码${code}，请告知工作人员，5分钟内有效。如非本人，请忽略。',
    params: ['code'],
    secret: ['code'],
  },
  booking_lawyer_changed: {
    text: '您${time}的预约（预约码${code}）改由${lawyer}接待，时间地点不变。',
    params: ['time', 'code', 'lawyer'],
  },
  absence_official: {
    text: '${point}${time}的值班人员${lawyer}未按时签到，已通知备班${standby}顶班。',
    params: ['point', 'time', 'lawyer', 'standby'],
  },
  absence_standby: {
    text: '${point}${time}的值班人员未按时签到，请您在工作台“缺岗顶班”中确认接班。',
    params: ['point', 'time'],
  },
  staff_notice: {
    text: '工作提醒：${text}',
    params: ['text'],
  },
} as const satisfies Record<string, SmsTemplateDefinition>;

export interface SmsTemplateDefinition {
  text: string;
  params: readonly string[];
  secret?: readonly string[];
}

export type SmsTemplateId = keyof typeof SMS_TEMPLATES;
export type SmsParams<T extends SmsTemplateId> = Record<(typeof SMS_TEMPLATES)[T]['params'][number], string>;

export const SMS_TEMPLATE_IDS = Object.keys(SMS_TEMPLATES) as SmsTemplateId[];

export const isSmsTemplateId = (id: string): id is SmsTemplateId => Object.hasOwn(SMS_TEMPLATES, id);

const definition = (id: string): SmsTemplateDefinition | undefined =>
  isSmsTemplateId(id) ? SMS_TEMPLATES[id] : undefined;

/** The template's text with its parameters filled in, after the signature (【乡村公共法律服务】…). */
export function renderSms(signName: string, template: string, params: Record<string, string>): string {
  const def = definition(template);
  if (!def) throw new Error(`Unknown SMS template ${template}`);
  return `【${signName}】${def.text.replace(/\$\{(\w+)\}/g, (_, name: string) => params[name] ?? '')}`;
}

/** The parameters with every secret one masked (`******`), or null when the template has none. */
export function redactedParams(
  template: string,
  params: Record<string, string>,
): Record<string, string> | null {
  const secret = definition(template)?.secret;
  if (!secret?.length) return null;
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, secret.includes(k) ? '*'.repeat(v.length) : v]),
  );
}

/** The parameters in the template's order (for providers that number them), or null when one is missing. */
export function orderedParams(template: string, params: Record<string, string>): string[] | null {
  const def = definition(template);
  if (!def) return null;
  const values = def.params.map((name) => params[name]);
  return values.every((v) => typeof v === 'string') ? values : null;
}
