import { type AppConfig, ConfigValidationError } from '@app/core';
import { SMS_TEMPLATE_IDS } from '../sms-templates';
import { AliyunSmsProvider } from './aliyun-sms.provider';
import type { ConsoleSmsProvider } from './console-sms.provider';
import type { SmsProvider } from './sms-provider';
import { TencentSmsProvider } from './tencent-sms.provider';

/** The configured providers, in failover order. */
export const SMS_PROVIDERS = Symbol('SMS_PROVIDERS');
export type SmsProviders = readonly SmsProvider[];

/**
 * Builds the providers `SMS_PROVIDER` lists. Refuses to start when a listed provider lacks the code
 * of a message template: a message the product sends could never go through it.
 */
export function smsProviders(config: AppConfig, console: ConsoleSmsProvider): SmsProviders {
  const problems: string[] = [];
  const missing = (provider: string, templates: Record<string, string>) => {
    for (const id of SMS_TEMPLATE_IDS)
      if (!templates[id])
        problems.push(
          `SMS_${provider.toUpperCase()}_TEMPLATE_${id.toUpperCase()}: required when SMS_PROVIDER includes ${provider} (the template code of "${id}")`,
        );
  };
  const out = config.sms.providers.map((name): SmsProvider => {
    if (name === 'aliyun') {
      missing(name, config.sms.aliyun!.templates);
      return new AliyunSmsProvider(config.sms.aliyun!, config.sms.timeoutMs);
    }
    if (name === 'tencent') {
      missing(name, config.sms.tencent!.templates);
      for (const [id, code] of Object.entries(config.sms.tencent!.templates))
        if (!/^\d+$/.test(code))
          problems.push(`SMS_TENCENT_TEMPLATE_${id.toUpperCase()}: a 腾讯云 template id is a number`);
      return new TencentSmsProvider(config.sms.tencent!, config.sms.timeoutMs);
    }
    return console;
  });
  if (problems.length) throw new ConfigValidationError(problems);
  return out;
}
