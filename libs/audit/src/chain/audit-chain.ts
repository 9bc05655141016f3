import { createHash, createHmac } from 'node:crypto';

/** The `prev_hash` of the first link. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The event a migration appended when the chain got its key (KeyedAuditChain1764910000000): links
 * before the first keyed one of these may carry the old unkeyed digest, it and all after it not.
 */
export const KEYED_CHAIN_MARKER = 'audit.chain_keyed';

/**
 * The text a link's hash covers: its position (the previous link's hash and its own seq) and the
 * event as stored (`audit_event_body` in SQL), joined exactly as the old SQL digest joined them.
 */
export function linkMessage(prevHash: string, seq: number, body: string): string {
  return `${prevHash}|${seq}|${body}`;
}

/** A link as sealed now: HMAC-SHA-256 under AUDIT_KEY, which never enters the database. */
export function keyedDigest(key: Buffer, message: string): string {
  return createHmac('sha256', key).update(message, 'utf8').digest('hex');
}

/** A link as the database used to seal it (and as anyone able to write the table can forge it). */
export function unkeyedDigest(message: string): string {
  return createHash('sha256').update(message, 'utf8').digest('hex');
}

export interface StoredLink {
  seq: number;
  prevHash: string;
  hash: string;
  action: string;
  /** `audit_event_body(e)`. */
  body: string;
}

export interface ChainWalkResult {
  checked: number;
  /** The first link that is out of place, does not carry its digest, or is unkeyed where it may not be. */
  brokenSeq: number | null;
  /** The last link seen (0 for an empty chain) and its hash. */
  lastSeq: number;
  lastHash: string;
}

/**
 * Checks a chain link by link, in seq order. Each link must follow the previous one (seq + 1, its
 * hash as prev_hash) and carry the keyed digest of its message; before the first keyed
 * `audit.chain_keyed` marker, the old unkeyed digest is accepted too. A chain that never reaches the
 * marker has no keyed link to vouch for it: its first unkeyed link counts as broken.
 */
export class ChainWalk {
  private checked = 0;
  private brokenSeq: number | null = null;
  private lastSeq = 0;
  private lastHash = GENESIS_HASH;
  private keyed = false;
  private firstUnkeyedSeq: number | null = null;

  constructor(private readonly key: Buffer) {}

  add(link: StoredLink): void {
    this.checked++;
    const message = linkMessage(link.prevHash, link.seq, link.body);
    const keyedOk = link.hash === keyedDigest(this.key, message);
    if (keyedOk && link.action === KEYED_CHAIN_MARKER) this.keyed = true;
    const unkeyedOk = !keyedOk && !this.keyed && link.hash === unkeyedDigest(message);
    if (unkeyedOk) this.firstUnkeyedSeq ??= link.seq;
    const inPlace = link.seq === this.lastSeq + 1 && link.prevHash === this.lastHash;
    if (!inPlace || !(keyedOk || unkeyedOk)) this.brokenSeq ??= link.seq;
    this.lastSeq = link.seq;
    this.lastHash = link.hash;
  }

  result(): ChainWalkResult {
    let brokenSeq = this.brokenSeq;
    if (!this.keyed && this.firstUnkeyedSeq !== null)
      brokenSeq = Math.min(brokenSeq ?? Infinity, this.firstUnkeyedSeq);
    return { checked: this.checked, brokenSeq, lastSeq: this.lastSeq, lastHash: this.lastHash };
  }
}
