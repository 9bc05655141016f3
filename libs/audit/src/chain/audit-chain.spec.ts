import {
  ChainWalk,
  GENESIS_HASH,
  KEYED_CHAIN_MARKER,
  keyedDigest,
  linkMessage,
  type StoredLink,
  unkeyedDigest,
} from './audit-chain';

const KEY = Buffer.from('0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0');

type Seal = 'keyed' | 'unkeyed';

/** A well-formed chain of `seals`, event i with action `actions[i]` (default `login.failure`). */
function chain(seals: Seal[], actions: string[] = []): StoredLink[] {
  let prev = GENESIS_HASH;
  return seals.map((seal, i) => {
    const seq = i + 1;
    const body = `2027-02-03T02:00:0${i % 10}.000000|||${actions[i] ?? 'login.failure'}|staff|||127.0.0.1|req-${seq}|`;
    const message = linkMessage(prev, seq, body);
    const hash = seal === 'keyed' ? keyedDigest(KEY, message) : unkeyedDigest(message);
    const link = { seq, prevHash: prev, hash, action: actions[i] ?? 'login.failure', body };
    prev = hash;
    return link;
  });
}

function walk(links: StoredLink[], key = KEY) {
  const w = new ChainWalk(key);
  links.forEach((l) => w.add(l));
  return w.result();
}

describe(ChainWalk.name, () => {
  it('finds a keyed chain that starts with the marker intact', () => {
    const links = chain(['keyed', 'keyed', 'keyed'], [KEYED_CHAIN_MARKER]);

    expect(walk(links)).toEqual({ checked: 3, brokenSeq: null, lastSeq: 3, lastHash: links[2].hash });
  });

  it('accepts the old unkeyed links before the marker (a trail from before the upgrade)', () => {
    const links = chain(['unkeyed', 'unkeyed', 'keyed', 'keyed'], ['a', 'b', KEYED_CHAIN_MARKER]);

    expect(walk(links).brokenSeq).toBeNull();
  });

  it('breaks at the first unkeyed link after the marker', () => {
    const links = chain(['keyed', 'keyed', 'unkeyed', 'keyed'], [KEYED_CHAIN_MARKER]);

    expect(walk(links).brokenSeq).toBe(3);
  });

  it('breaks at the first link of a chain that never reaches the marker, however consistent', () => {
    expect(walk(chain(['unkeyed', 'unkeyed', 'unkeyed'])).brokenSeq).toBe(1);
  });

  it('does not take an unkeyed marker for the start of the keyed chain', () => {
    const links = chain(['unkeyed', 'unkeyed', 'unkeyed'], ['a', KEYED_CHAIN_MARKER]);

    expect(walk(links).brokenSeq).toBe(1);
  });

  it('breaks at a link whose event was changed after sealing', () => {
    const links = chain(['keyed', 'keyed', 'keyed', 'keyed'], [KEYED_CHAIN_MARKER]);
    links[2] = { ...links[2], body: links[2].body.replace('login.failure', 'login.success') };

    expect(walk(links).brokenSeq).toBe(3);
  });

  it('breaks at a link that does not follow the one before (a deleted event, a swapped order)', () => {
    const links = chain(['keyed', 'keyed', 'keyed', 'keyed'], [KEYED_CHAIN_MARKER]);

    expect(walk([links[0], links[1], links[3]]).brokenSeq).toBe(4);
    expect(walk([links[0], links[2], links[1], links[3]]).brokenSeq).toBe(3);
  });

  it('breaks at the first link under another key', () => {
    const links = chain(['keyed', 'keyed'], [KEYED_CHAIN_MARKER]);

    expect(walk(links, Buffer.from('another key of thirty-two bytes!')).brokenSeq).toBe(1);
  });

  it('reports an empty chain as intact, ending at seq 0', () => {
    expect(walk([])).toEqual({ checked: 0, brokenSeq: null, lastSeq: 0, lastHash: GENESIS_HASH });
  });
});
