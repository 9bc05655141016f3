import { dirname, join } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { loadSmsConfig, type SmsConfig } from './sms-config';

/** Where business days and months are counted, whatever the host's zone. */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : value === 'true' || value === '1'
      ? true
      : value === 'false' || value === '0'
        ? false
        : value;

/**
 * Environment variables the app reads. Every value is checked at start; a bad one stops the app
 * with a message naming the variable (exit code 1).
 */
export class EnvironmentVariables {
  @IsOptional() @IsIn(['development', 'production', 'test']) NODE_ENV?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(65535) PORT?: number;
  @IsOptional() @IsString() HOST?: string;
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_OWNER_URL must be a postgres:// URL' })
  DATABASE_OWNER_URL?: string;
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'DATABASE_READ_URL must be one or more postgres:// URLs, comma-separated',
  })
  DATABASE_READ_URL?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(3600) READ_AFTER_WRITE_SECONDS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(86400) READ_REPLICA_MAX_LAG_SECONDS?: number;
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/i, { message: 'BACKUP_KEY must be 64 hex characters (32 bytes)' })
  BACKUP_KEY?: string;
  @IsOptional() @IsString() PG_DATA_DIR?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1024) @Max(65535) PG_PORT?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(200) DB_POOL_SIZE?: number;
  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL?: string;
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/i, { message: 'PII_KEY must be 64 hex characters (32 bytes)' })
  PII_KEY?: string;
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/i, { message: 'PII_INDEX_KEY must be 64 hex characters (32 bytes)' })
  PII_INDEX_KEY?: string;
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'AUDIT_KEY must be at least 32 characters' })
  AUDIT_KEY?: string;
  @IsOptional() @IsString() @MinLength(1) AUDIT_CHECKPOINT_FILE?: string;
  @IsOptional()
  @Matches(/^udp:\/\/[^/\s]+$/, { message: 'AUDIT_CHECKPOINT_SYSLOG must be udp://host[:port]' })
  AUDIT_CHECKPOINT_SYSLOG?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(60) @Max(86400) ACCESS_TOKEN_TTL_SECONDS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(365) REFRESH_TOKEN_TTL_DAYS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100000) AUTH_THROTTLE_LIMIT?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100) LOGIN_MAX_FAILURES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(60) LOGIN_DELAY_MINUTES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1440) LOGIN_DELAY_MAX_MINUTES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(720) LOGIN_FAILURES_FORGOTTEN_HOURS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(2) @Max(10000) LOGIN_ACCOUNT_LOCK_FAILURES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(2) @Max(1000) LOGIN_ACCOUNT_LOCK_ADDRESSES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1440) LOGIN_ACCOUNT_LOCK_WINDOW_MINUTES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(525600) LOGIN_LOCK_MINUTES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(24) PASSWORD_HISTORY?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(60000) SESSION_CHECK_CACHE_MS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(30) PUBLIC_CACHE_SECONDS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(5) PUBLIC_SLOTS_CACHE_SECONDS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100000) OTP_PER_IP_PER_HOUR?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(3650) SMS_RETENTION_DAYS?: number;
  @IsOptional() @IsString() CORS_ORIGINS?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(120) SHUTDOWN_DRAIN_SECONDS?: number;
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'METRICS_TOKEN must be at least 32 characters' })
  METRICS_TOKEN?: string;
  @IsOptional() @Transform(toBool) @IsBoolean() TRUST_PROXY?: boolean;
  @IsOptional() @Transform(toBool) @IsBoolean() SEED_DEMO?: boolean;
  @IsOptional() @Transform(toBool) @IsBoolean() JOBS_ENABLED?: boolean;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(60000) AUDIT_SEAL_INTERVAL_MS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(720) RESIDENT_TOKEN_TTL_HOURS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(240) ATTENDANCE_EARLY_MINUTES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(240) ATTENDANCE_GRACE_MINUTES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(10) @Max(3600) ATTENDANCE_CLOCK_SKEW_SECONDS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(72) ATTENDANCE_MAX_DELAY_HOURS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(365) WORKLOG_EDIT_DAYS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(5) @Max(1440) WAITLIST_OFFER_MINUTES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(240) NO_SHOW_GRACE_MINUTES?: number;
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'PUBLIC_URL must be an http(s):// URL' })
  PUBLIC_URL?: string;
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'PUBLIC_BASE_URL must be an http(s):// URL' })
  PUBLIC_BASE_URL?: string;
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /**
   * The app's own connection: in production a role that owns nothing and may only read and append
   * to the audit trail. Unset: the app runs its own embedded PostgreSQL in `pgDataDir` on `pgPort`.
   */
  databaseUrl?: string;
  /**
   * The schema owner's connection, used to migrate and to grant the app's role its rights, then
   * closed. Unset: migrations run on `databaseUrl` (which then has to be allowed to run them).
   */
  databaseOwnerUrl?: string;
  /**
   * Streaming replicas that statistics, exports and reports read (`DATABASE_READ_URL`, comma-separated);
   * empty: everything reads the primary.
   */
  databaseReadUrls: string[];
  readReplica: {
    /** A caller who changed something within this many seconds reads the primary (their own writes in view). */
    afterWriteSeconds: number;
    /** A replica further behind than this is passed over for the primary. */
    maxLagSeconds: number;
  };
  /** Encrypts backups (AES-256-GCM) when set; 32 bytes. */
  backupKey: Buffer | null;
  pgDataDir: string;
  pgPort: number;
  dbPoolSize: number;
  logLevel: string;
  jwtSecret: string;
  piiKey: Buffer;
  piiIndexKey: Buffer;
  /** Keys the audit trail's hash chain (HMAC-SHA-256); never stored in the database. */
  auditKey: Buffer;
  /** Append-only file outside the database that every seal of the audit chain adds a checkpoint to. */
  auditCheckpointFile: string;
  /** A syslog collector that gets a copy of every audit checkpoint (`udp://host:port`), or null. */
  auditCheckpointSyslog: string | null;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  authThrottleLimit: number;
  /** Wrong passwords: a wait per login name and address, and the whole-account lock of a distributed attack. */
  lockout: LockoutPolicy;
  /** A new password may not be one of the account's last this-many passwords (0: no history). */
  passwordHistory: number;
  /** How long a request trusts what it last read of a session (ms; 0: read it on every request). */
  sessionCheckCacheMs: number;
  /**
   * Public anonymous reads (the service-point directory, a point's page, its slots): how many seconds
   * an answer may be kept, in this process and by browsers and proxies (`Cache-Control: public`).
   * A change made through this process shows in its next answer; one made elsewhere (another
   * instance, the CLI) within these seconds. 0: not cached at all (`no-store`).
   */
  publicCache: {
    /** The directory and a point's page (0–30 s, default 10). */
    seconds: number;
    /** The bookable slots, whose places change with every booking (0–5 s, default 2; at most `seconds`). */
    slotsSeconds: number;
  };
  otpPerIpPerHour: number;
  /** Delivered SMS are deleted from the outbox this many days after they were sent. */
  smsRetentionDays: number;
  /** SMS providers (failover order), templates, keys, rate limits and the outbox worker (see sms-config.ts). */
  sms: SmsConfig;
  /** A resident signs in by SMS code; the token lasts this long (default a week). */
  residentTokenTtlHours: number;
  corsOrigins: string[];
  trustProxy: boolean;
  /** The bearer token Prometheus scrapes `GET /metrics` with; null: no `/metrics` at all. */
  metricsToken: string | null;
  /** On SIGTERM: how long the instance answers 503 to readiness and keeps serving before it closes. */
  shutdownDrainMs: number;
  seedDemo: boolean;
  /** Scheduled jobs (pg-boss): the nightly attendance close and later reminders. */
  jobsEnabled: boolean;
  /** How often the audit sealer links new events into the hash chain; 0: only when the trail is read. */
  auditSealIntervalMs: number;
  attendance: {
    /** How long before a shift starts a sign-in still matches it. */
    earlyMinutes: number;
    /** How late a sign-in (or early a sign-out) may be and still count as on time. */
    graceMinutes: number;
    /** A client clock this close to the server's is taken as right. */
    clockSkewSeconds: number;
    /** How old a queued offline sign-in may be and still be accepted with its client time. */
    maxDelayHours: number;
  };
  worklog: {
    /** Days a work-log entry or workshop stays editable by its lawyer; then only an official corrects it. */
    editDays: number;
  };
  booking: {
    /** How long a place freed for the first resident on a waitlist is held for them (minutes). */
    waitlistOfferMinutes: number;
    /** How long after a slot starts staff may mark its resident as not come (minutes). */
    noShowGraceMinutes: number;
    /**
     * The address residents open the portal at (`PUBLIC_BASE_URL`, formerly `PUBLIC_URL`), without a
     * trailing slash: the links in SMS (the rating link) and the QR codes of the printed signs.
     */
    publicUrl: string;
  };
}

export interface LockoutPolicy {
  /** Wrong passwords for one login name from one address before that address must wait. */
  maxFailures: number;
  /** The first wait, in minutes; it doubles with every further wrong password from that address. */
  delayMinutes: number;
  /** The longest wait. */
  maxDelayMinutes: number;
  /** Wrong passwords from an address older than this (hours) are forgotten. */
  forgetAfterHours: number;
  /** A distributed attack: at least this many wrong passwords for one login name … */
  accountLockFailures: number;
  /** … from at least this many addresses … */
  accountLockAddresses: number;
  /** … within this many minutes lock the whole account. */
  accountLockWindowMinutes: number;
  /** How long the whole-account lock holds; 0: until the security administrator unlocks it. */
  accountLockMinutes: number;
}

export class ConfigValidationError extends Error {
  constructor(
    readonly problems: string[],
    options?: ErrorOptions,
  ) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`, options);
  }
}

export interface DevSecrets {
  jwtSecret: string;
  piiKey: string;
  piiIndexKey: string;
  auditKey: string;
  /** Passwords of the embedded PostgreSQL's superuser, schema owner and app roles. */
  dbSuperuserPassword: string;
  dbOwnerPassword: string;
  dbAppPassword: string;
}

/**
 * The replicas of `DATABASE_READ_URL`: URLs separated by commas, where a comma starts a new URL only
 * before `postgres://` (one URL may itself list hosts, `postgres://u@db2,db3/portal`).
 */
export function splitReadUrls(value: string): string[] {
  return value
    .split(/,(?=\s*postgres(?:ql)?:\/\/)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Whether a listening address reaches this machine only (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Whether a secret looks generated rather than typed: at least 128 bits by its own character
 * frequencies (Shannon entropy × length), at least 10 different characters and no short pattern
 * repeated, so `changeme` four times or a row of one letter is refused while a hex or base64 string
 * from a generator passes.
 */
export function looksRandom(secret: string): boolean {
  for (let period = 1; period <= secret.length / 2; period++) {
    if (secret.slice(period) === secret.slice(0, secret.length - period)) return false;
  }
  const counts = new Map<string, number>();
  for (const ch of secret) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const n = [...secret].length;
  let bitsPerChar = 0;
  for (const c of counts.values()) bitsPerChar -= (c / n) * Math.log2(c / n);
  return counts.size >= 10 && bitsPerChar * n >= 128;
}

/**
 * Builds the typed configuration from environment variables. Secrets are required in production;
 * elsewhere `devSecrets` (kept in the data folder) fills them so a fresh checkout just runs.
 */
export function loadAppConfig(
  env: Record<string, string | undefined>,
  devSecrets?: () => Pick<DevSecrets, 'jwtSecret' | 'piiKey' | 'piiIndexKey' | 'auditKey'>,
): AppConfig {
  const parsed = plainToInstance(EnvironmentVariables, env, { enableImplicitConversion: false });
  const errors = validateSync(parsed, { skipMissingProperties: false, whitelist: false });
  const problems = errors.flatMap((e) =>
    Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`),
  );
  const nodeEnv = (parsed.NODE_ENV ?? 'development') as AppConfig['env'];
  if (nodeEnv === 'production') {
    for (const name of ['DATABASE_URL', 'JWT_SECRET', 'PII_KEY', 'PII_INDEX_KEY', 'AUDIT_KEY'] as const) {
      if (!parsed[name]) problems.push(`${name}: required when NODE_ENV=production`);
    }
    if (parsed.SEED_DEMO) problems.push('SEED_DEMO: demo accounts are never seeded when NODE_ENV=production');
    // Printed signs and SMS links must lead to the public address, not to wherever a console was opened.
    if (!parsed.PUBLIC_BASE_URL && !parsed.PUBLIC_URL)
      problems.push(
        'PUBLIC_BASE_URL: required when NODE_ENV=production (the public address of the portal, e.g. https://fl.example.gov.cn)',
      );
    for (const name of ['JWT_SECRET', 'AUDIT_KEY'] as const) {
      const value = parsed[name];
      if (value && !looksRandom(value))
        problems.push(
          `${name}: too guessable for production (use e.g. \`openssl rand -hex 32\`: at least 128 bits of randomness)`,
        );
    }
  }
  if (
    parsed.PII_KEY &&
    parsed.PII_INDEX_KEY &&
    parsed.PII_KEY.toLowerCase() === parsed.PII_INDEX_KEY.toLowerCase()
  )
    problems.push('PII_INDEX_KEY: must differ from PII_KEY (one key encrypts, the other indexes)');
  if (parsed.AUDIT_KEY) {
    // Anyone holding the other key (every app instance, a token forger) could then re-key the chain.
    const audit = parsed.AUDIT_KEY.toLowerCase();
    for (const name of ['JWT_SECRET', 'PII_KEY', 'PII_INDEX_KEY'] as const) {
      if (parsed[name]?.toLowerCase() === audit)
        problems.push(`AUDIT_KEY: must differ from ${name} (the audit chain has a key of its own)`);
    }
  }
  // The SMS outbox is drained continuously wherever the scheduled jobs run.
  const sms = loadSmsConfig(env, { worker: parsed.JOBS_ENABLED ?? nodeEnv !== 'test' }, problems);
  if (problems.length) throw new ConfigValidationError(problems);

  const needsDevSecrets = !parsed.JWT_SECRET || !parsed.PII_KEY || !parsed.PII_INDEX_KEY || !parsed.AUDIT_KEY;
  const dev = needsDevSecrets && devSecrets ? devSecrets() : undefined;
  const secret = (value: string | undefined, fallback: string | undefined, name: string) => {
    const v = value ?? fallback;
    if (!v) throw new ConfigValidationError([`${name}: not set and no development secret available`]);
    return v;
  };
  const pgDataDir = parsed.PG_DATA_DIR ?? './data/pg';
  return {
    env: nodeEnv,
    port: parsed.PORT ?? 3000,
    // Outside production the server answers this machine only (the development outbox shows login
    // codes); a server for others says HOST=0.0.0.0 or runs with NODE_ENV=production.
    host: parsed.HOST ?? (nodeEnv === 'production' ? '0.0.0.0' : '127.0.0.1'),
    databaseUrl: parsed.DATABASE_URL,
    databaseOwnerUrl: parsed.DATABASE_OWNER_URL,
    databaseReadUrls: splitReadUrls(parsed.DATABASE_READ_URL ?? ''),
    readReplica: {
      afterWriteSeconds: parsed.READ_AFTER_WRITE_SECONDS ?? 30,
      maxLagSeconds: parsed.READ_REPLICA_MAX_LAG_SECONDS ?? 300,
    },
    backupKey: parsed.BACKUP_KEY ? Buffer.from(parsed.BACKUP_KEY, 'hex') : null,
    pgDataDir,
    pgPort: parsed.PG_PORT ?? 54329,
    dbPoolSize: parsed.DB_POOL_SIZE ?? 20,
    logLevel: parsed.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    jwtSecret: secret(parsed.JWT_SECRET, dev?.jwtSecret, 'JWT_SECRET'),
    piiKey: Buffer.from(secret(parsed.PII_KEY, dev?.piiKey, 'PII_KEY'), 'hex'),
    piiIndexKey: Buffer.from(secret(parsed.PII_INDEX_KEY, dev?.piiIndexKey, 'PII_INDEX_KEY'), 'hex'),
    auditKey: Buffer.from(secret(parsed.AUDIT_KEY, dev?.auditKey, 'AUDIT_KEY'), 'utf8'),
    auditCheckpointFile: parsed.AUDIT_CHECKPOINT_FILE ?? join(dirname(pgDataDir), 'audit-checkpoints.jsonl'),
    auditCheckpointSyslog: parsed.AUDIT_CHECKPOINT_SYSLOG ?? null,
    accessTokenTtlSeconds: parsed.ACCESS_TOKEN_TTL_SECONDS ?? 15 * 60,
    refreshTokenTtlDays: parsed.REFRESH_TOKEN_TTL_DAYS ?? 30,
    authThrottleLimit: parsed.AUTH_THROTTLE_LIMIT ?? 20,
    lockout: {
      maxFailures: parsed.LOGIN_MAX_FAILURES ?? 5,
      delayMinutes: parsed.LOGIN_DELAY_MINUTES ?? 1,
      maxDelayMinutes: parsed.LOGIN_DELAY_MAX_MINUTES ?? 60,
      forgetAfterHours: parsed.LOGIN_FAILURES_FORGOTTEN_HOURS ?? 24,
      accountLockFailures: parsed.LOGIN_ACCOUNT_LOCK_FAILURES ?? 20,
      accountLockAddresses: parsed.LOGIN_ACCOUNT_LOCK_ADDRESSES ?? 5,
      accountLockWindowMinutes: parsed.LOGIN_ACCOUNT_LOCK_WINDOW_MINUTES ?? 60,
      accountLockMinutes: parsed.LOGIN_LOCK_MINUTES ?? 0,
    },
    passwordHistory: parsed.PASSWORD_HISTORY ?? 5,
    sessionCheckCacheMs: parsed.SESSION_CHECK_CACHE_MS ?? 5000,
    publicCache: {
      seconds: parsed.PUBLIC_CACHE_SECONDS ?? 10,
      slotsSeconds: Math.min(parsed.PUBLIC_SLOTS_CACHE_SECONDS ?? 2, parsed.PUBLIC_CACHE_SECONDS ?? 10),
    },
    otpPerIpPerHour: parsed.OTP_PER_IP_PER_HOUR ?? 60,
    smsRetentionDays: parsed.SMS_RETENTION_DAYS ?? 30,
    sms,
    residentTokenTtlHours: parsed.RESIDENT_TOKEN_TTL_HOURS ?? 168,
    corsOrigins: (parsed.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    trustProxy: parsed.TRUST_PROXY ?? false,
    metricsToken: parsed.METRICS_TOKEN ?? null,
    shutdownDrainMs: (parsed.SHUTDOWN_DRAIN_SECONDS ?? 3) * 1000,
    seedDemo: parsed.SEED_DEMO ?? nodeEnv !== 'production',
    jobsEnabled: parsed.JOBS_ENABLED ?? nodeEnv !== 'test',
    auditSealIntervalMs: parsed.AUDIT_SEAL_INTERVAL_MS ?? 1000,
    attendance: {
      earlyMinutes: parsed.ATTENDANCE_EARLY_MINUTES ?? 30,
      graceMinutes: parsed.ATTENDANCE_GRACE_MINUTES ?? 10,
      clockSkewSeconds: parsed.ATTENDANCE_CLOCK_SKEW_SECONDS ?? 300,
      maxDelayHours: parsed.ATTENDANCE_MAX_DELAY_HOURS ?? 12,
    },
    worklog: {
      editDays: parsed.WORKLOG_EDIT_DAYS ?? 7,
    },
    booking: {
      waitlistOfferMinutes: parsed.WAITLIST_OFFER_MINUTES ?? 30,
      noShowGraceMinutes: parsed.NO_SHOW_GRACE_MINUTES ?? 15,
      publicUrl: (
        parsed.PUBLIC_BASE_URL ??
        parsed.PUBLIC_URL ??
        `http://localhost:${parsed.PORT ?? 3000}`
      ).replace(/\/+$/, ''),
    },
  };
}
