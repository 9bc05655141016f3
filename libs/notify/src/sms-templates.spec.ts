import { orderedParams, redactedParams, renderSms, SMS_TEMPLATES } from './sms-templates';

describe('SMS templates', () => {
  it('render after the signature with every named parameter filled in', () => {
    const text = renderSms('乡村公共法律服务', 'booking_confirmation', {
      time: '2026-11-25 09:00',
      code: 'K7Q2M9',
    });

    expect(text).toBe(
      '【乡村公共法律服务】预约成功：2026-11-25 09:00，预约码K7Q2M9。如需取消请在预约开始前操作。',
    );
  });

  it('name in their text exactly the parameters they declare', () => {
    for (const [id, t] of Object.entries(SMS_TEMPLATES)) {
      const named = [...t.text.matchAll(/\$\{(\w+)\}/g)].map((m) => m[1]).sort();

      expect({ id, named }).toEqual({ id, named: [...t.params].sort() });
    }
  });

  it('mask a login code, and only that', () => {
    expect(redactedParams('otp', { code: '123456' })).toEqual({ code: '******' });
    expect(redactedParams('booking_reminder', { time: '09:00', code: 'K7Q2M9' })).toBeNull();
  });

  it('give the parameters in the template order for numbered templates, or null when one is missing', () => {
    expect(orderedParams('booking_cancelled', { code: 'K7Q2M9', time: '11-25 09:00' })).toEqual([
      '11-25 09:00',
      'K7Q2M9',
    ]);
    expect(orderedParams('booking_cancelled', { code: 'K7Q2M9' })).toBeNull();
    expect(orderedParams('no_such_template', {})).toBeNull();
  });

  it('refuse to render a template that does not exist', () => {
    expect(() => renderSms('乡村公共法律服务', 'no_such_template', {})).toThrow('Unknown SMS template');
  });
});
