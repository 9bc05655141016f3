import { businessInstant } from '@app/core';
import { type CheckContext, checkRows, parseWhen, type RawRow } from './check-rows';
import { rowFingerprints } from './fingerprint';

const NOW = businessInstant('2026-11-23', '10:00');
const POINT = { id: '11111111-1111-4111-8111-111111111111', regionCode: '330282113' };
const LAWYER = '22222222-2222-4222-8222-222222222222';

const ctx: CheckContext = {
  now: NOW,
  points: new Map([
    ['胜山镇公共法律服务站', POINT],
    [POINT.id, POINT],
  ]),
  foreignPoints: new Set(['掌起镇公共法律服务站']),
  lawyersByName: new Map([
    ['张律师', [LAWYER]],
    ['重名', ['a', 'b']],
  ]),
  lawyerIds: new Set([LAWYER]),
};

const log = (values: Record<string, unknown>, row = 2): RawRow => ({
  row,
  values: {
    occurredAt: '2025-03-04 09:30',
    servicePoint: '胜山镇公共法律服务站',
    lawyer: '张律师',
    type: '法律咨询',
    topic: '劳动报酬',
    peopleCount: 2,
    summary: '咨询欠薪',
    ...values,
  },
});

describe('parseWhen', () => {
  it('reads the ways officials write dates, and an xlsx date cell as its wall-clock time', () => {
    expect(parseWhen('2025-03-04')).toEqual({ date: '2025-03-04', time: null });
    expect(parseWhen('2025/3/4 9:05')).toEqual({ date: '2025-03-04', time: '09:05' });
    expect(parseWhen('2025年3月4日')).toEqual({ date: '2025-03-04', time: null });
    expect(parseWhen(new Date(Date.UTC(2025, 2, 4, 14, 0)))).toEqual({ date: '2025-03-04', time: '14:00' });
    expect(parseWhen(45720)).toEqual({ date: '2025-03-04', time: null });
    expect(parseWhen('2025-02-30')).toBeNull();
    expect(parseWhen('昨天')).toBeNull();
  });
});

describe('checkRows', () => {
  it('normalises a good row: labels to codes, the date in Asia/Shanghai, the lawyer found by name', () => {
    const { rows, problems } = checkRows('service_logs', [log({})], ctx);

    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      row: 2,
      day: '2025-03-04',
      record: {
        type: 'consultation',
        topic: 'labour_wages',
        point: POINT,
        lawyer: { lawyerId: LAWYER },
        occurredAt: businessInstant('2025-03-04', '09:30'),
        peopleCount: 2,
      },
    });
  });

  it('keeps a lawyer who is not on the staff by name, and refuses an ambiguous name', () => {
    const { rows, problems } = checkRows(
      'service_logs',
      [log({ lawyer: '老律师' }), log({ lawyer: '重名' }, 3)],
      ctx,
    );

    expect(rows[0].record).toMatchObject({ lawyer: { lawyerName: '老律师', as: '老律师' } });
    expect(problems).toEqual([expect.objectContaining({ row: 3, field: 'lawyer', column: '律师' })]);
  });

  it('answers every problem of every row, in Chinese, with its row and column', () => {
    const { rows, problems } = checkRows(
      'service_logs',
      [
        log({ occurredAt: '2009-12-31' }, 2),
        log({ occurredAt: '2026-11-24' }, 3),
        log({ servicePoint: '掌起镇公共法律服务站', peopleCount: -1 }, 4),
        log({ type: 'mediation', amountInvolved: 10.125 }, 5),
        log({ type: '法律咨询', contractAmount: 5 }, 6),
        log({ type: '算命' }, 7),
      ],
      ctx,
    );

    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.row, p.field, p.message])).toEqual([
      [2, 'occurredAt', '服务日期不能早于2010-01-01'],
      [3, 'occurredAt', '服务日期不能晚于今天(2026-11-23)'],
      [4, 'servicePoint', '服务点“掌起镇公共法律服务站”不在您的辖区内'],
      [4, 'peopleCount', '人数不能为负数'],
      [5, 'amountInvolved', '涉及金额(元)最多两位小数'],
      [6, 'contractAmount', '合同标的额(元)仅审核村级经济合同填写'],
      [7, 'type', expect.stringContaining('“算命”不在可选值中')],
    ]);
  });

  it('takes a legal-aid case with the real dates of its steps, in order', () => {
    const base = {
      applicantName: '王建国',
      phone: '13812345678',
      idNumber: '330282199001011231',
      servicePoint: POINT.id,
      category: '劳动报酬',
      summary: '欠薪',
      receivedAt: '2025-04-01',
      decidedAt: '2025-04-03',
      accepted: '是',
      assignedAt: '2025-04-05',
      lawyer: '张律师',
      closedAt: '2025-06-20',
      outcome: '调解结案',
      amountRecovered: 12000.5,
    };
    const ok = checkRows('legal_aid_cases', [{ row: 2, values: base }], ctx);
    const bad = checkRows(
      'legal_aid_cases',
      [{ row: 2, values: { ...base, decidedAt: '2025-03-30', outcome: '', phone: '123' } }],
      ctx,
    );

    expect(ok.problems).toEqual([]);
    expect(ok.rows[0].record).toMatchObject({
      accepted: true,
      amountRecoveredFen: 1200050,
      category: 'labour_wages',
    });
    expect(bad.problems.map((p) => p.field).sort()).toEqual(['decidedAt', 'outcome', 'phone']);
  });
});

describe('rowFingerprints', () => {
  it('gives the same rows the same fingerprints in any order, and tells equal rows of one file apart', () => {
    const a = checkRows('service_logs', [log({}, 2), log({ peopleCount: 3 }, 3), log({}, 4)], ctx).rows;
    const b = checkRows('service_logs', [log({ peopleCount: 3 }, 2), log({}, 3)], ctx).rows;

    const fa = rowFingerprints('service_logs', a);
    const fb = rowFingerprints('service_logs', b);

    expect(new Set(fa).size).toBe(3);
    expect(fa).toEqual(expect.arrayContaining(fb));
  });
});
