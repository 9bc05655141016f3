import { BUSINESS_TIME_ZONE } from '@app/core';

/** A SQL list of string literals (of our own constants, never of input). */
export const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The business day (Asia/Shanghai) of an instant column. */
export const businessDay = (column: string) => `(${column} AT TIME ZONE '${BUSINESS_TIME_ZONE}')::date`;
