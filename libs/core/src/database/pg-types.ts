import { types } from 'pg';

// DATE stays the 'YYYY-MM-DD' string it is; turning it into a JS Date would shift it by the host's zone.
types.setTypeParser(types.builtins.DATE, (v: string) => v);
// COUNT(*) and bigint sums fit a JS number at our sizes; numeric (money) stays a string.
types.setTypeParser(types.builtins.INT8, (v: string) => Number(v));
