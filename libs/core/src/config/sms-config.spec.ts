import { loadSmsConfig } from './sms-config';

const load = (env: Record<string, string>) => {
  const problems: string[] = [];
  return { config: loadSmsConfig(env, { worker: false }, problems), problems };
};

describe('loadSmsConfig', () => {
  it('defaults to the log provider and the portal signature', () => {
    const { config, problems } = load({});

    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      providers: ['log'],
      signName: '乡村公共法律服务',
      worker: false,
      maxAttempts: 6,
    });
  });

  it('reads the failover order, keys, endpoints and template codes of each provider', () => {
    const { config, problems } = load({
      SMS_PROVIDER: 'aliyun, tencent',
      SMS_SIGN_NAME: '慈溪司法',
      SMS_ALIYUN_ACCESS_KEY_ID: 'id',
      SMS_ALIYUN_ACCESS_KEY_SECRET: 'secret',
      SMS_ALIYUN_TEMPLATE_OTP: 'SMS_1',
      SMS_ALIYUN_TEMPLATE_BOOKING_REMINDER: 'SMS_2',
      SMS_TENCENT_SECRET_ID: 'AKID',
      SMS_TENCENT_SECRET_KEY: 'key',
      SMS_TENCENT_SDK_APP_ID: '1400006666',
      SMS_TENCENT_TEMPLATE_OTP: '101',
      SMS_TENCENT_RATE_PER_SECOND: '20',
      SMS_WORKER: 'true',
    });

    expect(problems).toEqual([]);
    expect(config.providers).toEqual(['aliyun', 'tencent']);
    expect(config.worker).toBe(true);
    expect(config.aliyun).toMatchObject({
      endpoint: 'https://dysmsapi.aliyuncs.com/',
      signName: '慈溪司法',
      templates: { otp: 'SMS_1', booking_reminder: 'SMS_2' },
    });
    expect(config.tencent).toMatchObject({
      region: 'ap-guangzhou',
      templates: { otp: '101' },
      ratePerSecond: 20,
    });
  });

  it('names every missing or bad variable', () => {
    const { problems } = load({
      SMS_PROVIDER: 'aliyun,sms-bao,aliyun,tencent',
      SMS_ALIYUN_ENDPOINT: 'dysmsapi',
      SMS_TENCENT_SDK_APP_ID: 'abc',
      SMS_WORKER_CONCURRENCY: '0',
    });

    expect(problems).toEqual(
      expect.arrayContaining([
        'SMS_PROVIDER: unknown provider "sms-bao" (one or more of log, aliyun, tencent)',
        'SMS_PROVIDER: "aliyun" is listed twice',
        'SMS_ALIYUN_ACCESS_KEY_ID: required when SMS_PROVIDER includes aliyun',
        'SMS_ALIYUN_ACCESS_KEY_SECRET: required when SMS_PROVIDER includes aliyun',
        'SMS_ALIYUN_ENDPOINT: must be an http(s):// URL',
        'SMS_TENCENT_SECRET_ID: required when SMS_PROVIDER includes tencent',
        'SMS_TENCENT_SDK_APP_ID: digits only (e.g. 1400006666)',
        'SMS_WORKER_CONCURRENCY: must be a whole number from 1 to 64',
      ]),
    );
  });
});
