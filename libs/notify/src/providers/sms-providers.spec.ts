import { ConfigValidationError, loadAppConfig } from '@app/core';
import { SMS_TEMPLATE_IDS } from '../sms-templates';
import type { ConsoleSmsProvider } from './console-sms.provider';
import { smsProviders } from './sms-providers';

const base = {
  NODE_ENV: 'test',
  JWT_SECRET: 'x'.repeat(40),
  PII_KEY: 'a'.repeat(64),
  PII_INDEX_KEY: 'b'.repeat(64),
  AUDIT_KEY: 'c'.repeat(40),
  SMS_PROVIDER: 'tencent,aliyun',
  SMS_ALIYUN_ACCESS_KEY_ID: 'id',
  SMS_ALIYUN_ACCESS_KEY_SECRET: 'secret',
  SMS_TENCENT_SECRET_ID: 'AKID',
  SMS_TENCENT_SECRET_KEY: 'key',
  SMS_TENCENT_SDK_APP_ID: '1400006666',
};
const codes = (provider: string, value: (i: number) => string) =>
  Object.fromEntries(
    SMS_TEMPLATE_IDS.map((id, i) => [`SMS_${provider}_TEMPLATE_${id.toUpperCase()}`, value(i)]),
  );
const console = {} as ConsoleSmsProvider;

describe(smsProviders.name, () => {
  it('builds the providers in the configured failover order', () => {
    const config = loadAppConfig({
      ...base,
      ...codes('ALIYUN', (i) => `SMS_${i}`),
      ...codes('TENCENT', (i) => `${i}`),
    });

    expect(smsProviders(config, console).map((p) => p.name)).toEqual(['tencent', 'aliyun']);
  });

  it('refuses to start while a template has no code at a configured provider', () => {
    const config = loadAppConfig({
      ...base,
      ...codes('ALIYUN', (i) => `SMS_${i}`),
      ...codes('TENCENT', (i) => `${i}`),
      SMS_ALIYUN_TEMPLATE_OTP: '',
      SMS_TENCENT_TEMPLATE_BOOKING_REMINDER: 'SMS_9',
    });

    expect(() => smsProviders(config, console)).toThrow(ConfigValidationError);
    expect(() => smsProviders(config, console)).toThrow(
      /SMS_ALIYUN_TEMPLATE_OTP: required when SMS_PROVIDER includes aliyun/,
    );
    expect(() => smsProviders(config, console)).toThrow(
      /SMS_TENCENT_TEMPLATE_BOOKING_REMINDER: a 腾讯云 template id is a number/,
    );
  });
});
