import type { Agent, Test } from 'supertest';
import type { Answer } from './foreign-rows';

/**
 * Sends a supertest request and takes its answer whatever it is: JSON parsed, text as text, files
 * (xlsx) as a Buffer, with the status and headers.
 */
export async function rawAnswer(req: Test): Promise<Answer> {
  const res = await req.buffer(true).parse((stream, done) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => done(null, Buffer.concat(chunks)));
  });
  const raw = res.body as Buffer;
  const type = String(res.headers['content-type'] ?? '');
  const text = type.includes('spreadsheetml') ? '' : raw.toString('utf8');
  let body: unknown = raw;
  if (type.includes('json')) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  } else if (!type.includes('spreadsheetml')) body = text;
  return { status: res.status, headers: res.headers as Record<string, string>, body, text };
}

/** A supertest request of an OpenAPI operation's method (`get`, `post`, …). */
export function requestOf(agent: Agent, method: string, url: string): Test {
  switch (method) {
    case 'get':
      return agent.get(url);
    case 'post':
      return agent.post(url);
    case 'put':
      return agent.put(url);
    case 'patch':
      return agent.patch(url);
    case 'delete':
      return agent.delete(url);
    default:
      throw new Error(`no request for method ${method}`);
  }
}
