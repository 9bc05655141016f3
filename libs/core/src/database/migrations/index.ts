import { Foundation1763700000000 } from './1763700000000-Foundation';

/** Every migration, in order. Listed explicitly so the same list works from source and from dist. */
export const MIGRATIONS = [Foundation1763700000000];
