import { createHash } from 'node:crypto';
import { indexPolicy } from './web-static';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('indexPolicy', () => {
  const html = `<!doctype html><html><head><style>
  body { margin: 0 }
</style></head><body><script>window.__prefetch = {};</script>
<script type="module" crossorigin src="/assets/index-abc.js"></script></body></html>`;

  it('allows exactly the page’s own inline script and style by their hashes, never unsafe-inline', () => {
    const policy = indexPolicy(html);

    expect(policy).toContain(`script-src 'self' ${sha('window.__prefetch = {};')};`);
    expect(policy).toContain(`style-src 'self' ${sha('\n  body { margin: 0 }\n')};`);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("object-src 'none'");
  });

  it('changes with the page: another inline script has another hash', () => {
    expect(indexPolicy(html.replace('{}', '{ a: 1 }'))).not.toBe(indexPolicy(html));
  });
});
