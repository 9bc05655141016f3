import { useTestApp } from '@app/testing';

const nested = (depth: number, leaf = '1') => '{"a":'.repeat(depth) + leaf + '}'.repeat(depth);
const nestedArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('Hostile input gets a 400, never a 500', () => {
  const t = useTestApp({ seed: true });
  let official = '';

  beforeAll(async () => {
    official = await t.login('shengshan.official');
  });

  it.each([
    ['an object', nested(10_000)],
    ['an array inside a field', `{"username":${nestedArray(10_000)},"password":"x"}`],
  ])('refuses a body nested 10,000 deep (%s) on an unauthenticated route', async (_, body) => {
    const res = await t.http().post('/api/v1/auth/login').set('content-type', 'application/json').send(body);

    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'MALFORMED_REQUEST', message: expect.stringContaining('32') });
  });

  it('refuses a deep body on an authenticated route too, and takes a body of ordinary depth', async () => {
    const deep = await t
      .http()
      .post('/api/v1/service-logs')
      .set('authorization', `Bearer ${official}`)
      .set('content-type', 'application/json')
      .send(nested(33));
    const ordinary = await t
      .http()
      .post('/api/v1/service-logs')
      .set('authorization', `Bearer ${official}`)
      .set('content-type', 'application/json')
      .send(nested(5, '"x"'));

    expect(deep.status).toBe(400);
    expect(deep.body.code).toBe('MALFORMED_REQUEST');
    expect(ordinary.status).toBe(400);
    expect(ordinary.body.code).toBe('VALIDATION_FAILED');
  });

  it('refuses a NUL character in a login name before it reaches the database, naming the field', async () => {
    const res = await t.http().post('/api/v1/auth/login').send({ username: 'lawyer\u000001', password: 'x' });

    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { username: [expect.any(String)] },
    });
  });

  it('refuses half a surrogate pair in a login name (it once reached the audit trail’s jsonb as a 500), naming the field', async () => {
    // JSON.stringify keeps a lone surrogate as the escape \ud800, which JSON parsers accept.
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ username: '\ud800', password: 'Demo@2026pass' }));
    const write = await t
      .http()
      .post('/api/v1/service-logs')
      .set('authorization', `Bearer ${official}`)
      .set('content-type', 'application/json')
      .send(JSON.stringify({ summary: '咨询\udc00' }));

    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { username: ['username must be well-formed Unicode text'] },
    });
    expect(write.status).toBe(400);
    expect(write.body.details).toEqual({ summary: ['summary must be well-formed Unicode text'] });
  });

  it('refuses control characters in a nested field of a write, and in a query, naming each', async () => {
    const write = await t
      .http()
      .post('/api/v1/legal-aid-cases')
      .set('authorization', `Bearer ${official}`)
      .send({ applicant: { name: '张\u0000三', phone: '13800000000', idNumber: 'x' }, summary: 'a\u001bb' });
    const read = await t
      .http()
      .get('/api/v1/service-logs')
      .query({ regionCode: '330282\u0000' })
      .set('authorization', `Bearer ${official}`);

    expect(write.status).toBe(400);
    expect(write.body.details).toMatchObject({
      'applicant.name': expect.any(Array),
      summary: expect.any(Array),
    });
    expect(read.status).toBe(400);
    expect(read.body.details.regionCode).toBeDefined();
  });

  it('keeps tabs and line breaks in free text', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'no.such\tperson', password: 'line one\nline two\r\n' });

    expect(res.status).toBe(401);
  });
});
