import { splitReadUrls } from '../config/app-config';
import { parsePgHosts, pgConnectionConfig } from './multi-host';

describe('parsePgHosts', () => {
  it('leaves a single-host URL as it is', () => {
    expect(parsePgHosts('postgres://app:pw@db1:5432/portal?sslmode=disable')).toEqual({
      urls: ['postgres://app:pw@db1:5432/portal?sslmode=disable'],
      readWrite: false,
    });
  });

  it('splits a multi-host URL into one URL per host, keeping the other parameters', () => {
    const hosts = parsePgHosts(
      'postgres://app:pw@db1:5432,db2:5433/portal?target_session_attrs=read-write&application_name=x',
    );

    expect(hosts).toEqual({
      urls: [
        'postgres://app:pw@db1:5432/portal?application_name=x',
        'postgres://app:pw@db2:5433/portal?application_name=x',
      ],
      readWrite: true,
    });
  });
});

describe('pgConnectionConfig', () => {
  it('adds a client class only when the URL lists several hosts or asks for a writable one', () => {
    expect(pgConnectionConfig('postgres://a@h/db').Client).toBeUndefined();
    expect(pgConnectionConfig('postgres://a@h1,h2/db').Client).toBeDefined();
    expect(pgConnectionConfig('postgres://a@h1/db?target_session_attrs=read-write').connectionString).toBe(
      'postgres://a@h1/db',
    );
  });
});

describe('splitReadUrls', () => {
  it('splits replicas at a comma before postgres://, not at the commas of a multi-host URL', () => {
    expect(splitReadUrls('postgres://r@rep1:5432/p, postgresql://r@rep2,rep3/p')).toEqual([
      'postgres://r@rep1:5432/p',
      'postgresql://r@rep2,rep3/p',
    ]);
    expect(splitReadUrls('')).toEqual([]);
  });
});
