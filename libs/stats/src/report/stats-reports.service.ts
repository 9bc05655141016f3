import { Injectable } from '@nestjs/common';
import { type Caller, Clock } from '@app/core';
import { StatsService } from '../stats.service';
import { CSV_TYPE, type Download, statsTitle, TEXT_TYPE, XLSX_TYPE } from './download';
import { monthlyCsv, monthlyWorkbook, yearlyWorkbook } from './stats-workbook';
import { periodCovered, yearEndParagraph } from './year-end-paragraph';

/** The statistics as officials hand them up: the year-end paragraph, workbooks and CSV. */
@Injectable()
export class StatsReportsService {
  constructor(
    private readonly stats: StatsService,
    private readonly clock: Clock,
  ) {}

  /** The year-end report through the last complete month (or `through`): the paragraph or the workbook. */
  async yearly(
    caller: Caller,
    regionCode: string,
    year: number,
    format: 'text' | 'xlsx',
    through?: string,
  ): Promise<Download> {
    const stats = await this.stats.yearly(caller, regionCode, year, this.stats.reportThrough(year, through));
    const last = Number(stats.through.slice(5, 7));
    const title = statsTitle(stats.name, year, 1, last);
    if (format === 'text') {
      const covered = periodCovered(stats.through, this.clock.today());
      // Part of a month is not compared with the whole of last year's: no 同比 until the month is over.
      const lastYear = covered.complete ? stats.lastYear : null;
      return {
        body: yearEndParagraph(stats.totals, covered.wording, lastYear),
        contentType: TEXT_TYPE,
        filename: `${title}.txt`,
        asciiFilename: `stats-${stats.regionCode}-${stats.through}.txt`,
        freshness: stats.freshness,
      };
    }
    return {
      body: await yearlyWorkbook(stats, title),
      contentType: XLSX_TYPE,
      filename: `${title}.xlsx`,
      asciiFilename: `stats-${stats.regionCode}-${stats.through}.xlsx`,
      freshness: stats.freshness,
    };
  }

  /** The monthly tally as xlsx or CSV (UTF-8 with BOM). */
  async monthly(
    caller: Caller,
    regionCode: string,
    month: string,
    format: 'xlsx' | 'csv',
  ): Promise<Download> {
    const stats = await this.stats.monthly(caller, regionCode, month);
    const m = Number(month.slice(5, 7));
    const title = statsTitle(stats.name, Number(month.slice(0, 4)), m, m);
    const ascii = `stats-${stats.regionCode}-${month}.${format}`;
    return format === 'csv'
      ? {
          body: monthlyCsv(stats),
          contentType: CSV_TYPE,
          filename: `${title}.csv`,
          asciiFilename: ascii,
          freshness: stats.freshness,
        }
      : {
          body: await monthlyWorkbook(stats, title),
          contentType: XLSX_TYPE,
          filename: `${title}.xlsx`,
          asciiFilename: ascii,
          freshness: stats.freshness,
        };
  }
}
