import { ConfigValidationError, isLoopbackHost, loadAppConfig } from './app-config';

const secrets = {
  JWT_SECRET: '9f2c1e7ab04d5c8e6f3a2b1d0c9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e',
  PII_KEY: 'a'.repeat(64),
  PII_INDEX_KEY: 'b'.repeat(64),
  AUDIT_KEY: '4e7d0c2b9a18f3e6d5c4b3a29180f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0',
};

const PUBLIC_BASE_URL = 'https://fl.example.gov.cn';

describe('loadAppConfig', () => {
  it('fills defaults: port 3000, embedded PostgreSQL in ./data/pg, 15-minute tokens, demo seeding on', () => {
    const config = loadAppConfig({ ...secrets });

    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      pgDataDir: './data/pg',
      accessTokenTtlSeconds: 900,
      seedDemo: true,
      corsOrigins: [],
    });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.pgPort).not.toBe(5432);
  });

  it('names every bad variable', () => {
    const attempt = () =>
      loadAppConfig({ ...secrets, PORT: 'abc', DATABASE_URL: 'mysql://x', PII_KEY: 'short' });

    expect(attempt).toThrow(ConfigValidationError);
    try {
      attempt();
    } catch (err) {
      const problems = (err as ConfigValidationError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DATABASE_URL/);
      expect(problems).toMatch(/PII_KEY/);
    }
  });

  it('requires the database and real secrets in production, and never seeds demo data there', () => {
    expect(() =>
      loadAppConfig({ NODE_ENV: 'production' }, () => ({
        jwtSecret: 'j'.repeat(64),
        piiKey: 'a'.repeat(64),
        piiIndexKey: 'b'.repeat(64),
        auditKey: 'f'.repeat(64),
      })),
    ).toThrow(/DATABASE_URL: required when NODE_ENV=production[\s\S]*JWT_SECRET[\s\S]*AUDIT_KEY/);
    expect(() =>
      loadAppConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/portal',
        PUBLIC_BASE_URL,
        SEED_DEMO: 'true',
        ...secrets,
      }),
    ).toThrow(/SEED_DEMO/);
    expect(
      loadAppConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/portal',
        PUBLIC_BASE_URL,
        ...secrets,
      }).seedDemo,
    ).toBe(false);
  });

  it('refuses in production a guessable JWT secret, and anywhere one key for encrypting and indexing', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/portal',
      PUBLIC_BASE_URL,
      ...secrets,
    };

    for (const weak of [
      'x'.repeat(64),
      'changeme'.repeat(4),
      'abcdefghij'.repeat(4),
      'Password1!'.repeat(4),
    ]) {
      expect(() => loadAppConfig({ ...production, JWT_SECRET: weak })).toThrow(/JWT_SECRET: too guessable/);
    }
    expect(() =>
      loadAppConfig({ ...production, JWT_SECRET: 'Zx8#qL2v!Rt9@Wm4$Kp7^Bn3&Hy6*Gd5' }),
    ).not.toThrow();
    expect(() => loadAppConfig({ ...secrets, PII_INDEX_KEY: secrets.PII_KEY.toUpperCase() })).toThrow(
      /PII_INDEX_KEY: must differ from PII_KEY/,
    );
  });

  it('listens on loopback outside production unless HOST says otherwise, on every address in production', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/portal',
      PUBLIC_BASE_URL,
      ...secrets,
    };

    expect(loadAppConfig({ ...secrets }).host).toBe('127.0.0.1');
    expect(loadAppConfig({ ...secrets, HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadAppConfig(production).host).toBe('0.0.0.0');
    expect(['127.0.0.1', '127.1.2.3', '::1', 'localhost'].map(isLoopbackHost)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['0.0.0.0', '::', '192.168.1.10', '128.0.0.1'].map(isLoopbackHost)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('refuses in production a missing or guessable AUDIT_KEY, and anywhere one equal to another key', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/portal',
      PUBLIC_BASE_URL,
      ...secrets,
    };
    const { AUDIT_KEY: _unset, ...withoutAuditKey } = production;

    expect(() => loadAppConfig(withoutAuditKey)).toThrow(/AUDIT_KEY: required when NODE_ENV=production/);
    for (const weak of ['x'.repeat(64), 'changeme'.repeat(4), 'auditkey'.repeat(8), 'Password1!'.repeat(4)]) {
      expect(() => loadAppConfig({ ...production, AUDIT_KEY: weak })).toThrow(/AUDIT_KEY: too guessable/);
    }
    expect(() => loadAppConfig({ ...production, AUDIT_KEY: 'short' })).toThrow(
      /AUDIT_KEY must be at least 32/,
    );
    for (const other of ['JWT_SECRET', 'PII_KEY', 'PII_INDEX_KEY'] as const) {
      expect(() => loadAppConfig({ ...secrets, AUDIT_KEY: secrets[other].toUpperCase() })).toThrow(
        new RegExp(`AUDIT_KEY: must differ from ${other}`),
      );
    }
    const config = loadAppConfig(production);
    expect(config.auditKey.equals(Buffer.from(secrets.AUDIT_KEY))).toBe(true);
  });

  it('keeps the audit checkpoints beside the data folder unless AUDIT_CHECKPOINT_FILE says where', () => {
    expect(loadAppConfig({ ...secrets }).auditCheckpointFile).toBe('data/audit-checkpoints.jsonl');
    expect(loadAppConfig({ ...secrets, PG_DATA_DIR: '/srv/portal/pg' }).auditCheckpointFile).toBe(
      '/srv/portal/audit-checkpoints.jsonl',
    );
    expect(
      loadAppConfig({ ...secrets, AUDIT_CHECKPOINT_FILE: '/var/log/portal/audit.jsonl' }).auditCheckpointFile,
    ).toBe('/var/log/portal/audit.jsonl');
  });

  it('uses generated development secrets only when none are configured', () => {
    const dev = jest.fn(() => ({
      jwtSecret: 'd'.repeat(64),
      piiKey: 'c'.repeat(64),
      piiIndexKey: 'e'.repeat(64),
      auditKey: 'f'.repeat(64),
    }));

    expect(loadAppConfig({}, dev).jwtSecret).toBe('d'.repeat(64));
    expect(loadAppConfig({}, dev).auditKey.toString()).toBe('f'.repeat(64));
    expect(loadAppConfig({ ...secrets }, dev).jwtSecret).toBe(secrets.JWT_SECRET);
    expect(dev).toHaveBeenCalledTimes(2);
  });

  it('reads lists and booleans', () => {
    const config = loadAppConfig({
      ...secrets,
      CORS_ORIGINS: 'https://a.example, https://b.example',
      TRUST_PROXY: 'true',
    });

    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.trustProxy).toBe(true);
  });

  it('keeps work-log entries editable for 7 days unless WORKLOG_EDIT_DAYS says otherwise (1 to 365)', () => {
    expect(loadAppConfig({ ...secrets }).worklog.editDays).toBe(7);
    expect(loadAppConfig({ ...secrets, WORKLOG_EDIT_DAYS: '14' }).worklog.editDays).toBe(14);
    expect(() => loadAppConfig({ ...secrets, WORKLOG_EDIT_DAYS: '0' })).toThrow(/WORKLOG_EDIT_DAYS/);
  });

  it('requires the public address in production and takes it for links and signs, without a trailing slash', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/portal', ...secrets };

    expect(() => loadAppConfig(production)).toThrow(/PUBLIC_BASE_URL: required when NODE_ENV=production/);
    expect(
      loadAppConfig({ ...production, PUBLIC_BASE_URL: 'https://fl.cixi.gov.cn/' }).booking.publicUrl,
    ).toBe('https://fl.cixi.gov.cn');
    expect(loadAppConfig({ ...production, PUBLIC_URL: 'https://old.example.cn' }).booking.publicUrl).toBe(
      'https://old.example.cn',
    );
    expect(() => loadAppConfig({ ...secrets, PUBLIC_BASE_URL: 'fl.cixi.gov.cn' })).toThrow(
      /PUBLIC_BASE_URL must be an http\(s\):\/\/ URL/,
    );
    expect(loadAppConfig({ ...secrets, PORT: '3100' }).booking.publicUrl).toBe('http://localhost:3100');
  });
});
