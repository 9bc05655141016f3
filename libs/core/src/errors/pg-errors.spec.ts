import { QueryFailedError } from 'typeorm';
import { noWritableHost } from '../database/multi-host';
import { isDatabaseUnavailable } from './pg-errors';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('knows a server that is down, restarting or full', () => {
    expect(isDatabaseUnavailable(withCode('ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([withCode('ECONNREFUSED')]))).toBe(true);
    expect(isDatabaseUnavailable(withCode('57P03', 'the database system is starting up'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('53300', 'too many clients'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('08006'))).toBe(true);
  });

  it('knows a failover under way: only a standby answers where a primary is asked for', () => {
    expect(isDatabaseUnavailable(noWritableHost('10.0.0.2:5432'))).toBe(true);
    expect(isDatabaseUnavailable(new QueryFailedError('INSERT', [], noWritableHost('10.0.0.2:5432')))).toBe(
      true,
    );
  });

  it('knows a connection lost under a query', () => {
    const lost = new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly'));

    expect(isDatabaseUnavailable(lost)).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
  });

  it('leaves constraint violations, syntax errors and other failures alone', () => {
    expect(isDatabaseUnavailable(new QueryFailedError('INSERT', [], withCode('23505')))).toBe(false);
    expect(isDatabaseUnavailable(new QueryFailedError('SELEC', [], withCode('42601')))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
