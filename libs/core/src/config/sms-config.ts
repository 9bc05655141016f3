/** The SMS providers the app can hand messages to, in the order `SMS_PROVIDER` lists them. */
export const SMS_PROVIDER_NAMES = ['log', 'aliyun', 'tencent'] as const;
export type SmsProviderName = (typeof SMS_PROVIDER_NAMES)[number];

export interface AliyunSmsConfig {
  accessKeyId: string;
  accessKeySecret: string;
  /** Dysmsapi's address; a test points it at a local fake. */
  endpoint: string;
  signName: string;
  /** Message template (e.g. `otp`) → the template code approved in the 阿里云 console (`SMS_123456789`). */
  templates: Record<string, string>;
  ratePerSecond: number;
}

export interface TencentSmsConfig {
  secretId: string;
  secretKey: string;
  sdkAppId: string;
  region: string;
  /** The API 3.0 address (`https://sms.tencentcloudapi.com`); a test points it at a local fake. */
  endpoint: string;
  signName: string;
  /** Message template → the numeric template id approved in the 腾讯云 console. */
  templates: Record<string, string>;
  ratePerSecond: number;
}

export interface SmsConfig {
  /** Failover order: the first is tried first, the next when it fails. */
  providers: SmsProviderName[];
  /** The registered signature (签名), shown as 【…】 before every message. */
  signName: string;
  /** Whether this process drains the outbox continuously (else each message is sent when dispatched). */
  worker: boolean;
  /** Messages handed over at once by this process. */
  concurrency: number;
  /** How often the worker looks for due messages when nothing woke it (ms). */
  pollMs: number;
  /** Attempts (each through the whole failover order) before a message is given up as failed. */
  maxAttempts: number;
  /** How long one provider request may take (ms). */
  timeoutMs: number;
  /** Hand-overs a second through the log provider. */
  logRatePerSecond: number;
  aliyun?: AliyunSmsConfig;
  tencent?: TencentSmsConfig;
}

const int = (
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) {
    problems.push(`${name}: must be a whole number from ${min} to ${max}`);
    return fallback;
  }
  return n;
};

const bool = (
  env: Record<string, string | undefined>,
  name: string,
  fallback: boolean,
  problems: string[],
): boolean => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  problems.push(`${name}: must be true or false`);
  return fallback;
};

/** `SMS_<PROVIDER>_TEMPLATE_<KIND>` variables → `{ kind: code }` (`SMS_ALIYUN_TEMPLATE_OTP` → `otp`). */
function templateCodes(env: Record<string, string | undefined>, provider: string): Record<string, string> {
  const prefix = `SMS_${provider.toUpperCase()}_TEMPLATE_`;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env))
    if (name.startsWith(prefix) && value) out[name.slice(prefix.length).toLowerCase()] = value.trim();
  return out;
}

function endpoint(
  env: Record<string, string | undefined>,
  name: string,
  fallback: string,
  problems: string[],
) {
  const value = env[name] || fallback;
  if (!/^https?:\/\/[^\s/]+/.test(value)) problems.push(`${name}: must be an http(s):// URL`);
  return value;
}

/**
 * The SMS settings from the environment; problems are added to `problems` (each naming its
 * variable). Whether every message template has a code at each configured provider is checked by
 * the notify module at start, which knows the templates.
 */
export function loadSmsConfig(
  env: Record<string, string | undefined>,
  defaults: { worker: boolean },
  problems: string[],
): SmsConfig {
  const names = (env.SMS_PROVIDER || 'log')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const providers: SmsProviderName[] = [];
  for (const name of names) {
    if (!(SMS_PROVIDER_NAMES as readonly string[]).includes(name))
      problems.push(
        `SMS_PROVIDER: unknown provider "${name}" (one or more of ${SMS_PROVIDER_NAMES.join(', ')})`,
      );
    else if (providers.includes(name as SmsProviderName))
      problems.push(`SMS_PROVIDER: "${name}" is listed twice`);
    else providers.push(name as SmsProviderName);
  }
  if (!providers.length) providers.push('log');
  const signName = (env.SMS_SIGN_NAME ?? '').trim() || '乡村公共法律服务';
  if ([...signName].length < 2 || [...signName].length > 12)
    problems.push('SMS_SIGN_NAME: a registered signature is 2 to 12 characters');
  const required = (name: string, provider: string) => {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name}: required when SMS_PROVIDER includes ${provider}`);
    return value ?? '';
  };
  const config: SmsConfig = {
    providers,
    signName,
    worker: bool(env, 'SMS_WORKER', defaults.worker, problems),
    concurrency: int(env, 'SMS_WORKER_CONCURRENCY', 8, 1, 64, problems),
    pollMs: int(env, 'SMS_POLL_MS', 1000, 50, 60_000, problems),
    maxAttempts: int(env, 'SMS_MAX_ATTEMPTS', 6, 1, 20, problems),
    timeoutMs: int(env, 'SMS_TIMEOUT_MS', 5000, 100, 60_000, problems),
    logRatePerSecond: int(env, 'SMS_LOG_RATE_PER_SECOND', 1000, 1, 100_000, problems),
  };
  if (providers.includes('aliyun'))
    config.aliyun = {
      accessKeyId: required('SMS_ALIYUN_ACCESS_KEY_ID', 'aliyun'),
      accessKeySecret: required('SMS_ALIYUN_ACCESS_KEY_SECRET', 'aliyun'),
      endpoint: endpoint(env, 'SMS_ALIYUN_ENDPOINT', 'https://dysmsapi.aliyuncs.com/', problems),
      signName: env.SMS_ALIYUN_SIGN_NAME?.trim() || signName,
      templates: templateCodes(env, 'aliyun'),
      ratePerSecond: int(env, 'SMS_ALIYUN_RATE_PER_SECOND', 50, 1, 10_000, problems),
    };
  if (providers.includes('tencent')) {
    const sdkAppId = required('SMS_TENCENT_SDK_APP_ID', 'tencent');
    if (sdkAppId && !/^\d+$/.test(sdkAppId))
      problems.push('SMS_TENCENT_SDK_APP_ID: digits only (e.g. 1400006666)');
    config.tencent = {
      secretId: required('SMS_TENCENT_SECRET_ID', 'tencent'),
      secretKey: required('SMS_TENCENT_SECRET_KEY', 'tencent'),
      sdkAppId,
      region: env.SMS_TENCENT_REGION?.trim() || 'ap-guangzhou',
      endpoint: endpoint(env, 'SMS_TENCENT_ENDPOINT', 'https://sms.tencentcloudapi.com', problems),
      signName: env.SMS_TENCENT_SIGN_NAME?.trim() || signName,
      templates: templateCodes(env, 'tencent'),
      ratePerSecond: int(env, 'SMS_TENCENT_RATE_PER_SECOND', 50, 1, 10_000, problems),
    };
  }
  return config;
}
