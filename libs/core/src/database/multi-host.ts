import { Client, type ClientConfig } from 'pg';

/**
 * A PostgreSQL URL split into one URL per host, the way libpq reads
 * `postgres://user@db1:5432,db2:5432/portal?target_session_attrs=read-write`.
 */
export interface PgHostList {
  /** One single-host URL per listed host, in the order given. */
  urls: string[];
  /** `read-write` / `primary`: only a server that takes writes will do (a standby is skipped). */
  readWrite: boolean;
}

const URL_PARTS = /^(postgres(?:ql)?:\/\/)([^@/?#]*@)?([^/?#]*)(.*)$/;

/** Splits a (possibly multi-host) PostgreSQL URL; a single-host URL comes back as itself. */
export function parsePgHosts(url: string): PgHostList {
  const m = URL_PARTS.exec(url);
  if (!m) return { urls: [url], readWrite: false };
  const [, scheme, auth = '', hostPart, rest] = m;
  const [path, query = ''] = splitOnce(rest, '?');
  const params = new URLSearchParams(query);
  const attrs = params.get('target_session_attrs') ?? 'any';
  params.delete('target_session_attrs');
  const tail = path + (params.size ? `?${params.toString()}` : '');
  const hosts = hostPart.split(',').filter(Boolean);
  const urls = hosts.length > 1 || attrs !== 'any' ? hosts.map((h) => `${scheme}${auth}${h}${tail}`) : [url];
  return { urls, readWrite: attrs === 'read-write' || attrs === 'primary' };
}

function splitOnce(s: string, sep: string): [string, string?] {
  const i = s.indexOf(sep);
  return i < 0 ? [s] : [s.slice(0, i), s.slice(i + 1)];
}

/** Which host new connections of one URL try first; shared by every pool made from that URL. */
class HostRing {
  private index = 0;
  constructor(readonly hosts: PgHostList) {}
  current(): number {
    return this.index;
  }
  /** The host at `i` refused us (down, or a standby when writes are wanted): the next one goes first. */
  failed(i: number): void {
    if (this.index === i) this.index = (i + 1) % this.hosts.urls.length;
  }
}

const rings = new Map<string, HostRing>();

function ringOf(url: string, hosts: PgHostList): HostRing {
  let ring = rings.get(url);
  if (!ring) rings.set(url, (ring = new HostRing(hosts)));
  return ring;
}

/**
 * A `pg` client class for a multi-host URL: each new connection goes to the host that last
 * answered, and with `target_session_attrs=read-write` only to one that is not read-only
 * (`SHOW transaction_read_only`). A host that refuses, or turns out a standby, sends the next
 * connection to the next host, so after a failover (the old primary gone, a standby promoted)
 * the pools reconnect to the new primary without a restart. node-postgres reads one host only.
 */
function multiHostClient(url: string, hosts: PgHostList): typeof Client {
  const ring = ringOf(url, hosts);
  return class MultiHostClient extends Client {
    private readonly hostIndex: number;

    constructor(config?: ClientConfig) {
      const index = ring.current();
      super({ ...config, connectionString: hosts.urls[index] });
      this.hostIndex = index;
    }

    override connect(): Promise<Client>;
    override connect(callback: ((err: Error) => void) | ((err: null, c: Client) => void)): void;
    override connect(
      callback?: ((err: Error) => void) | ((err: null, c: Client) => void),
    ): Promise<Client> | void {
      const connected = this.connectToWritable().then(() => this as Client);
      if (!callback) return connected;
      connected.then(
        (c) => (callback as (err: null, c: Client) => void)(null, c),
        (err: Error) => (callback as (err: Error) => void)(err),
      );
    }

    private async connectToWritable(): Promise<void> {
      try {
        await super.connect();
      } catch (err) {
        ring.failed(this.hostIndex);
        throw err;
      }
      if (!hosts.readWrite) return;
      const { rows } = await super.query<{ transaction_read_only: string }>('SHOW transaction_read_only');
      if (rows[0]?.transaction_read_only === 'on') {
        ring.failed(this.hostIndex);
        await this.end().catch(() => undefined);
        throw noWritableHost(`${this.host}:${this.port}`);
      }
    }
  };
}

/**
 * The error of a connection that reached only a standby where a writable primary was asked for
 * (`target_session_attrs=read-write`): SQLSTATE 08001, unable to establish a connection, since no
 * server that can take the work answered — during a failover, until the standby is promoted. The
 * request gets a 503 with Retry-After (`isDatabaseUnavailable`), as when the database is down.
 */
export function noWritableHost(address: string): Error {
  return Object.assign(new Error(`${address} is read-only (a standby); trying the next host`), {
    code: '08001',
  });
}

/**
 * What `pg` (a Pool, pg-boss) needs for a URL: the URL itself when it names one host, else the
 * first host's URL and a client class that moves between the hosts (see `multiHostClient`).
 */
export function pgConnectionConfig(url: string): { connectionString: string; Client?: typeof Client } {
  const hosts = parsePgHosts(url);
  if (hosts.urls.length === 1 && !hosts.readWrite) return { connectionString: url };
  return { connectionString: hosts.urls[0], Client: multiHostClient(url, hosts) };
}
