import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsCalendarMonth, REGION_CODE_PATTERN } from '@app/core';
import { TOPICS } from '@app/core';
import {
  COUNTER_KEYS,
  COUNTERS,
  DERIVED_COUNT_KEYS,
  DERIVED_COUNTS,
  DERIVED_METRICS,
  type Metrics,
} from '../metrics';

const REGION_CODE_MESSAGE = 'regionCode must be a region code of 2, 4, 6, 9 or 12 digits';

export class StatsMonthlyQuery {
  @ApiProperty({ example: '330282113', description: 'A province, city, county, township or village' })
  @Matches(REGION_CODE_PATTERN, { message: REGION_CODE_MESSAGE })
  regionCode!: string;

  @ApiProperty({ example: '2026-11' })
  @IsCalendarMonth()
  month!: string;
}

export class StatsMonthlyVersionQuery extends StatsMonthlyQuery {
  @ApiPropertyOptional({
    example: 1,
    description:
      'A closed township-month: the figures as that version reported them (1: as first reported at the close), read back from what the close and each amendment kept, never recounted. Only for a township (9 digits); 404 PERIOD_VERSION_NOT_FOUND for a month not closed or a version not made yet.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  version?: number;
}

export class StatsExportQuery extends StatsMonthlyQuery {
  @ApiProperty({ enum: ['xlsx', 'csv'] })
  @IsIn(['xlsx', 'csv'])
  format!: 'xlsx' | 'csv';
}

export class StatsYearlyQuery {
  @ApiProperty({ example: '330282113', description: 'A province, city, county, township or village' })
  @Matches(REGION_CODE_PATTERN, { message: REGION_CODE_MESSAGE })
  regionCode!: string;

  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2999)
  year!: number;

  @ApiPropertyOptional({
    example: '2026-12',
    description:
      'Year to date through this month (of `year`); default: this month for the current year, December for past years',
  })
  @IsOptional()
  @IsCalendarMonth()
  through?: string;
}

export class StatsReportQuery extends StatsYearlyQuery {
  @ApiProperty({ enum: ['text', 'xlsx'] })
  @IsIn(['text', 'xlsx'])
  format!: 'text' | 'xlsx';
}

/**
 * The metrics, documented from COUNTERS (their one definition): the OpenAPI description of each
 * field is its Chinese label, unit and what it counts.
 */
export class MetricsResponse {
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Share of satisfied answers over every source (回访满意率, 0–1, four decimals): ratings of 4–5 (app and SMS link) plus phone follow-ups that reached a satisfied resident, among all ratings and answered phone follow-ups; null when there are none.',
  })
  satisfactionRate!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'The satisfaction rate of ratings given in the app (ratings − ratingsViaSms); null without any.',
  })
  satisfactionRateApp!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'The satisfaction rate of ratings given through the SMS link after completion; null without any.',
  })
  satisfactionRateSmsLink!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'The satisfaction rate of phone follow-ups (回访) that reached the resident and got an answer; null without any.',
  })
  satisfactionRatePhone!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Share of consultations followed up by phone (回访率): consultationsFollowedUp / consultations (人次), 0–1; null without consultations.',
  })
  followUpRate!: number | null;
}
for (const key of COUNTER_KEYS) {
  const c = COUNTERS[key];
  ApiProperty({
    type: Number,
    description: `${c.label}（${c.kind === 'money' ? '元' : c.unit}）: ${c.description}${c.kind === 'money' ? ' In yuan, two decimals at most.' : ''}`,
  })(MetricsResponse.prototype, key);
}
for (const key of DERIVED_COUNT_KEYS) {
  const c = DERIVED_COUNTS[key];
  ApiProperty({ type: Number, description: `${c.label}（${c.unit}）: ${c.description}` })(
    MetricsResponse.prototype,
    key,
  );
}

export class RegionMetricsResponse extends MetricsResponse {
  @ApiProperty({ description: 'A child region, or the region itself for records on it directly' })
  regionCode!: string;
  @ApiProperty() name!: string;
}

export class LawyerMetricsResponse extends MetricsResponse {
  @ApiProperty({ format: 'uuid' }) lawyerId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({
    description:
      'false: a lawyer only named in imported records (not, or no longer, on the staff; no login), shown by the name the ledger gave',
  })
  onStaff!: boolean;
}

export class MonthMetricsResponse extends MetricsResponse {
  @ApiProperty({ example: '2026-11' }) month!: string;
}

export class TopicMetricsResponse extends MetricsResponse {
  @ApiProperty({ enum: TOPICS }) topic!: string;
  @ApiProperty({ example: '劳动报酬' }) label!: string;
}

export class StatsFreshnessResponse {
  @ApiProperty({
    enum: ['primary', 'replica'],
    description:
      'Where the figures were read: a streaming replica (DATABASE_READ_URL) unless the caller changed something in the last READ_AFTER_WRITE_SECONDS, or the replica lags or fails',
  })
  source!: 'primary' | 'replica';
  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'The figures include every change committed up to this instant',
  })
  asOf!: string;
  @ApiProperty({
    type: Number,
    description: "How far the replica's replay was behind, in seconds (0 on the primary)",
  })
  lagSeconds!: number;
}

const UNIQUE_RESIDENTS =
  '服务群众人数 (人): the residents served in the period, each counted once however often they came — residents whose booked consultation was served (arrived or completed) and the phone numbers recorded on consultations of the work log (residentPhone), compared by a keyed blind index; a year’s is a distinct count over the year, not the sum of its months’. Shown next to consultations (人次).';

const LAWYERS_DESCRIPTION =
  "Every lawyer with a figure in the period, in pinyin order of their names; dutyDays is the lawyer's own days at a window";

const NOTHING_TO_COMPARE =
  'null when there is nothing to compare: no record at all of the region in that period (voided records count nowhere).';

export class MonthlyStatsResponse {
  @ApiProperty({ type: StatsFreshnessResponse }) freshness!: StatsFreshnessResponse;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ example: '胜山镇' }) name!: string;
  @ApiProperty({ example: '2026-11' }) month!: string;
  @ApiProperty({
    type: String,
    enum: ['open', 'closed', 'zero'],
    nullable: true,
    description:
      "A township's month: open, closed (月结, with figures) or closed as a zero report (零上报); null above a township (see GET /periods for a county's townships)",
  })
  periodStatus!: 'open' | 'closed' | 'zero' | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'The version of a closed township-month these figures are: 1 as first reported at the close, 2, 3 … after each amendment (an official’s correction of a record of the month, with its reason); null while the month is open and above a township',
  })
  version!: number | null;
  @ApiProperty({ type: MetricsResponse }) totals!: Metrics;
  @ApiProperty({ description: UNIQUE_RESIDENTS }) uniqueResidents!: number;
  @ApiProperty({
    type: [RegionMetricsResponse],
    description:
      'One row per child region, plus the region itself when records sit on it: they sum to totals',
  })
  byRegion!: (Metrics & { regionCode: string; name: string })[];
  @ApiProperty({ type: [LawyerMetricsResponse], description: LAWYERS_DESCRIPTION })
  byLawyer!: (Metrics & { lawyerId: string; name: string })[];
  @ApiProperty({ type: [TopicMetricsResponse], description: 'Service logs and appointments by topic' })
  byTopic!: (Metrics & { topic: string; label: string })[];
  @ApiProperty({
    type: MetricsResponse,
    nullable: true,
    description: `The totals of the region in the month before (环比). ${NOTHING_TO_COMPARE}`,
  })
  previousMonth!: Metrics | null;
  @ApiProperty({
    type: MetricsResponse,
    nullable: true,
    description: `The totals of the region in the same month of last year (同比). ${NOTHING_TO_COMPARE}`,
  })
  sameMonthLastYear!: Metrics | null;
}

export class YearlyStatsResponse {
  @ApiProperty({ type: StatsFreshnessResponse }) freshness!: StatsFreshnessResponse;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ example: '胜山镇' }) name!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: '2026-12', description: 'The last month counted' }) through!: string;
  @ApiProperty({ type: MetricsResponse }) totals!: Metrics;
  @ApiProperty({ description: UNIQUE_RESIDENTS }) uniqueResidents!: number;
  @ApiProperty({ type: [MonthMetricsResponse] }) byMonth!: (Metrics & { month: string })[];
  @ApiProperty({ type: [RegionMetricsResponse] })
  byRegion!: (Metrics & { regionCode: string; name: string })[];
  @ApiProperty({ type: [LawyerMetricsResponse], description: LAWYERS_DESCRIPTION })
  byLawyer!: (Metrics & { lawyerId: string; name: string })[];
  @ApiProperty({ type: [TopicMetricsResponse] })
  byTopic!: (Metrics & { topic: string; label: string })[];
  @ApiProperty({
    type: MetricsResponse,
    nullable: true,
    description: `The totals of the region in the same months of last year, January through the month of \`through\` (同比). ${NOTHING_TO_COMPARE}`,
  })
  lastYear!: Metrics | null;
}

/** Every metric a ranking may order by: the counters and the derived metrics. */
export const RANKABLE_METRICS = [...COUNTER_KEYS, ...DERIVED_METRICS] as (keyof Metrics)[];

export class StatsRankingQuery {
  @ApiProperty({
    example: '3302',
    description: 'The region whose counties or townships are ranked (a province, city or county)',
  })
  @Matches(REGION_CODE_PATTERN, { message: REGION_CODE_MESSAGE })
  regionCode!: string;

  @ApiProperty({
    example: '2026-11',
    description: 'A month (YYYY-MM) or a year (YYYY: year to date, through this month for the current year)',
  })
  @Matches(/^(20\d{2}|2[1-9]\d{2})(-(0[1-9]|1[0-2]))?$/, {
    message: 'period must be a month YYYY-MM or a year YYYY',
  })
  period!: string;

  @ApiProperty({ enum: RANKABLE_METRICS, example: 'consultations', description: 'The metric to rank by' })
  @IsIn(RANKABLE_METRICS)
  metric!: keyof Metrics;

  @ApiProperty({
    enum: ['county', 'township'],
    description: 'Rank the counties below the region, or its townships (the level must lie below the region)',
  })
  @IsIn(['county', 'township'])
  level!: 'county' | 'township';
}

export class RankingRowResponse {
  @ApiProperty({
    description: 'Highest first; equal values share a rank (1, 1, 3); rows without a value come last',
  })
  rank!: number;
  @ApiProperty({ example: '330282' }) regionCode!: string;
  @ApiProperty({ example: '慈溪市' }) name!: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'The metric’s value (yuan for amounts, 0–1 for shares; null for a share with nothing to divide)',
  })
  value!: number | null;
}

export class RankingResponse {
  @ApiProperty({ example: '3302' }) regionCode!: string;
  @ApiProperty({ example: '宁波市' }) name!: string;
  @ApiProperty({ example: '2026-11' }) period!: string;
  @ApiProperty({ example: '2026-11', description: 'The first month counted' }) fromMonth!: string;
  @ApiProperty({ example: '2026-11', description: 'The last month counted' }) toMonth!: string;
  @ApiProperty({ enum: RANKABLE_METRICS }) metric!: string;
  @ApiProperty({ enum: ['county', 'township'] }) level!: string;
  @ApiProperty({
    type: [RankingRowResponse],
    description: 'Every county or township of the region, zeros included, in rank order',
  })
  items!: RankingRowResponse[];
}
