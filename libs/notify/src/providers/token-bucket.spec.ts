import { TokenBucket } from './token-bucket';

describe(TokenBucket.name, () => {
  it('lets a burst through at once and then paces takes at the rate', async () => {
    const bucket = new TokenBucket(100, 5);
    const started = performance.now();

    for (let i = 0; i < 5; i++) await bucket.take();
    const burstMs = performance.now() - started;
    for (let i = 0; i < 20; i++) await bucket.take();
    const totalMs = performance.now() - started;

    expect(burstMs).toBeLessThan(30);
    // 20 more at 100 a second take about 200 ms.
    expect(totalMs).toBeGreaterThanOrEqual(180);
    expect(totalMs).toBeLessThan(1000);
  });
});
