import { createSocket } from 'node:dgram';
import { hostname } from 'node:os';
import type { AuditCheckpoint, AuditCheckpointSink } from './audit-checkpoints';

// local0.notice: the facility a county's log collector (日志审计系统) routes the portal's audit messages by.
const PRIORITY = 16 * 8 + 5;

/** One checkpoint as an RFC 5424 syslog message; the JSON of the file's line is its text. */
export function syslogMessage(chain: string, checkpoint: AuditCheckpoint, host = hostname()): string {
  const app = 'legal-portal';
  return `<${PRIORITY}>1 ${checkpoint.at} ${host} ${app} ${process.pid} audit-checkpoint - ${JSON.stringify({ chain, ...checkpoint })}`;
}

/**
 * A second place outside the database for every checkpoint: the county's syslog collector, over
 * UDP (`AUDIT_CHECKPOINT_SYSLOG=udp://host:514`). Write-only: verification reads the file, and the
 * collector's copy is what an assessor compares with when the server itself is in doubt. A message
 * that cannot be sent is logged and does not hold up the seal.
 */
export class SyslogCopyCheckpointSink implements AuditCheckpointSink {
  constructor(
    private readonly primary: AuditCheckpointSink,
    private readonly target: { host: string; port: number },
    private readonly onError: (err: unknown) => void,
  ) {}

  async append(chain: string, checkpoint: AuditCheckpoint): Promise<void> {
    await this.primary.append(chain, checkpoint);
    await this.send(syslogMessage(chain, checkpoint)).catch(this.onError);
  }

  latest(chain: string): Promise<AuditCheckpoint | null> {
    return this.primary.latest(chain);
  }

  private send(message: string): Promise<void> {
    const socket = createSocket(this.target.host.includes(':') ? 'udp6' : 'udp4');
    return new Promise<void>((resolve, reject) => {
      socket.send(Buffer.from(message, 'utf8'), this.target.port, this.target.host, (err) => {
        socket.close();
        if (err) reject(err);
        else resolve();
      });
    });
  }
}

/** `udp://host:port` → host and port (514 when left out). */
export function parseSyslogUrl(url: string): { host: string; port: number } {
  const u = new URL(url);
  if (u.protocol !== 'udp:')
    throw new Error(`AUDIT_CHECKPOINT_SYSLOG: only udp:// is supported, not ${u.protocol}`);
  return { host: u.hostname.replace(/^\[|\]$/g, ''), port: u.port ? Number(u.port) : 514 };
}
