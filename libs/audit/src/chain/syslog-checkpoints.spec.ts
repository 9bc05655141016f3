import { parseSyslogUrl, syslogMessage } from './syslog-checkpoints';

describe('syslog checkpoints', () => {
  it('writes an RFC 5424 message: local0.notice, version 1, the time, host, app, msgid and the JSON line', () => {
    const at = '2026-12-06T12:00:00.000Z';

    const message = syslogMessage('7312:portal', { seq: 42, hash: 'ab'.repeat(32), at }, 'county-app-1');

    expect(message).toBe(
      `<133>1 ${at} county-app-1 legal-portal ${process.pid} audit-checkpoint - ` +
        JSON.stringify({ chain: '7312:portal', seq: 42, hash: 'ab'.repeat(32), at }),
    );
  });

  it('reads udp:// addresses, port 514 by default, and refuses other transports', () => {
    expect(parseSyslogUrl('udp://10.0.0.5')).toEqual({ host: '10.0.0.5', port: 514 });
    expect(parseSyslogUrl('udp://[::1]:5514')).toEqual({ host: '::1', port: 5514 });
    expect(() => parseSyslogUrl('tcp://10.0.0.5:514')).toThrow(/only udp/);
  });
});
