import { defineRecordKind } from './record-kind';

/**
 * The nightly verification of the statistics found rollups that differ from a recount of the records
 * (libs/stats writes it; notices to the admin subscribe). Declared here, below both, because it is a
 * fact of the whole deployment rather than a record of one domain library, and no library but stats
 * may import @app/stats.
 */
export interface StatsVerification {
  from: string;
  to: string;
  differences: number;
}

export const STATS_VERIFICATION = defineRecordKind<StatsVerification>('stats_verification', {
  counted: false,
  identify: () => ({ id: null, regionCode: null }),
});
