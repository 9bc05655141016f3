import { Injectable, Logger } from '@nestjs/common';
import {
  TOPICS,
  type Topic,
  addDays,
  businessDate,
  businessInstant,
  type Clock,
  isoWeekday,
  type Principal,
  RequestContext,
} from '@app/core';
import { CASE_CATEGORIES, idNumberCheckDigit, LegalAidCasesService } from '@app/legal-aid';
import { type ServiceLogType, ServiceLogsService, WorkshopsService } from '@app/worklog';

/** A small deterministic generator (mulberry32), so every demo database holds the same history. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoTown {
  official: Principal;
  centreId: string;
  villagePointIds: string[];
  lawyerIds: string[];
}

const SUMMARIES: Record<ServiceLogType, string[]> = {
  consultation: [
    '咨询离婚财产分割',
    '咨询拖欠工资如何维权',
    '咨询宅基地使用权',
    '咨询借款纠纷诉讼时效',
    '咨询遗产继承顺序',
  ],
  document_drafting: ['代拟民间借贷起诉状', '代拟劳动仲裁申请书', '代拟遗嘱'],
  legal_aid: ['协助申请法律援助（欠薪）', '协助申请法律援助（交通事故）'],
  mediation: ['相邻通行纠纷调处', '土地承包纠纷调处', '工伤赔偿纠纷调处'],
  village_affairs: ['协助村委会处理集体土地流转事宜', '协助修订村规民约'],
  contract_review: ['审核村集体厂房租赁合同', '审核村道路工程施工合同'],
  grid_guidance: ['指导网格员化解邻里纠纷'],
};

/** Every month `YYYY-MM` from the month of `from` to the month of `to`. */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addDays(`${m}-28`, 7).slice(0, 7)) out.push(m);
  return out;
}

/** The first day of the demo's history: 1 January of last year, so a year compares with the one before. */
export function demoHistoryStart(today: string): string {
  return `${Number(today.slice(0, 4)) - 1}-01-01`;
}

/**
 * Last year's and this year's history up to yesterday for the demo towns: work-log entries at the town window and
 * in the villages, workshops, and legal-aid cases, all written through the same services as the
 * API (so the statistics' counters, the audit trail and the rules apply), as each town's official
 * backfilling. Deterministic, so the demo's tallies are the same on every machine.
 */
@Injectable()
export class DemoHistorySeeder {
  private readonly log = new Logger(DemoHistorySeeder.name);

  constructor(
    private readonly logs: ServiceLogsService,
    private readonly workshops: WorkshopsService,
    private readonly cases: LegalAidCasesService,
  ) {}

  async seed(
    towns: DemoTown[],
    clock: Clock,
    workdays: (from: string, to: string) => Promise<string[]>,
  ): Promise<void> {
    const today = businessDate(clock.now());
    const start = demoHistoryStart(today);
    const yesterday = addDays(today, -1);
    const days = await workdays(start, yesterday);
    let entries = 0;
    for (const [t, town] of towns.entries()) {
      const rnd = random(2026 + t);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
      const official = town.official;
      // Each town's official backfills its history: the services get the official as their caller, and
      // the request context names them as the audit trail's actor, as a request of theirs would.
      await RequestContext.run({ principal: official }, async () => {
        for (const date of days) {
          // Most working days bring a consultation or two at the window; some other work besides.
          const todays: ServiceLogType[] = [];
          if (rnd() < 0.6) todays.push('consultation');
          const r = rnd();
          if (r < 0.05) todays.push('mediation');
          else if (r < 0.08) todays.push('document_drafting');
          else if (r < 0.1) todays.push('village_affairs');
          else if (r < 0.12) todays.push('contract_review');
          else if (r < 0.13) todays.push('grid_guidance');
          else if (r < 0.14) todays.push('legal_aid');
          for (const type of todays) {
            const atVillage = type === 'village_affairs' || type === 'contract_review' || rnd() < 0.25;
            await this.logs.create(official, {
              type,
              topic: pick(TOPICS) as Topic,
              servicePointId: atVillage ? pick(town.villagePointIds) : town.centreId,
              lawyerId: pick(town.lawyerIds),
              occurredAt: businessInstant(
                date,
                `${String(9 + Math.floor(rnd() * 7)).padStart(2, '0')}:${rnd() < 0.5 ? '05' : '35'}`,
              ),
              peopleCount: type === 'consultation' ? 1 + Math.floor(rnd() * 3) : 1 + Math.floor(rnd() * 2),
              summary: pick(SUMMARIES[type]),
              ...(type === 'mediation'
                ? { amountInvolved: Math.round(rnd() * 50_000_000) / 100, resolved: rnd() < 0.8 }
                : {}),
              ...(type === 'contract_review'
                ? { contractAmount: Math.round(rnd() * 200_000_000) / 100 }
                : {}),
            });
            entries++;
          }
          // A lecture or publicity event in a village every other week or so, on a Wednesday.
          if (isoWeekday(date) === 3 && rnd() < 0.5) {
            await this.workshops.create(official, {
              servicePointId: pick(town.villagePointIds),
              heldAt: businessInstant(date, '14:00'),
              topic: pick([
                '民法典宣讲',
                '防范电信诈骗',
                '农村土地承包法解读',
                '劳动者权益保护',
                '反家庭暴力法宣传',
              ]),
              audienceCount: 20 + Math.floor(rnd() * 60),
              kind: rnd() < 0.7 ? 'lecture' : rnd() < 0.5 ? 'publicity' : 'training',
              lecturerId: pick(town.lawyerIds),
            });
            entries++;
          }
        }
        // Legal-aid applications taken in at the town window, about one a month: most decided within
        // the statutory week (now and then late), assigned a day or two later, the older ones closed;
        // each step dated when it happened, so the cases count in the months they were decided.
        for (const month of monthsBetween(start, yesterday)) {
          const inMonth = days.filter((d) => d.startsWith(month));
          if (!inMonth.length || rnd() < 0.2) continue;
          const received = pick(inMonth);
          const first17 = `330282${1960 + Math.floor(rnd() * 40)}0${1 + Math.floor(rnd() * 9)}1${Math.floor(rnd() * 10)}${100 + (entries % 900)}`;
          const created = await this.cases.intake(official, {
            applicant: {
              name: pick(['张', '王', '李', '陈', '胡']) + pick(['建国', '秀英', '海燕', '志强', '美玲']),
              phone: `1380574${String(1000 + Math.floor(rnd() * 9000))}`,
              idNumber: first17 + idNumberCheckDigit(first17),
            },
            servicePointId: town.centreId,
            category: pick(CASE_CATEGORIES),
            summary: '申请人请求法律援助，经初步了解符合经济困难条件。',
            receivedAt: businessInstant(received, '10:00'),
          });
          entries++;
          const decided = addDays(received, rnd() < 0.1 ? 9 : 1 + Math.floor(rnd() * 5));
          if (decided > yesterday) continue; // still waiting for its decision
          await this.cases.decide(
            official,
            created.id,
            true,
            '符合法律援助条件',
            businessInstant(decided, '15:00'),
          );
          const assigned = addDays(decided, 1 + Math.floor(rnd() * 2));
          if (assigned > yesterday) continue;
          await this.cases.assign(
            official,
            created.id,
            pick(town.lawyerIds),
            businessInstant(assigned, '09:30'),
          );
          const closed = addDays(assigned, 30 + Math.floor(rnd() * 60));
          if (closed <= yesterday && rnd() < 0.7)
            await this.cases.close(official, created.id, {
              outcome: '调解结案，追回欠薪',
              amountRecovered: 5_000 + Math.floor(rnd() * 60) * 1_000,
              closedAt: businessInstant(closed, '16:00'),
            });
        }
      });
    }
    this.log.log(`Demo history ${start}…${yesterday}: ${entries} work-log entries, workshops and cases`);
  }
}
