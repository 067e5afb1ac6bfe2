import { PayloadTooLargeException, RequestTimeoutException } from '@nestjs/common';
import type { Request } from 'express';
import { PassThrough } from 'node:stream';
import { readBody } from './read-body';

const asRequest = (stream: PassThrough) => Object.assign(stream, { headers: {} }) as unknown as Request;

describe('readBody', () => {
  it('reads a body that arrives slowly, part after part within the idle time', async () => {
    const stream = new PassThrough();
    const reading = readBody(asRequest(stream), 100, 1000);
    for (const part of ['[1', ',2', ']']) {
      stream.write(part);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    stream.end();
    expect((await reading).toString()).toBe('[1,2]');
  });

  it('gives up a body that stops arriving, with a 408 naming the body', async () => {
    const stream = new PassThrough();
    const reading = readBody(asRequest(stream), 100, 50);
    stream.write('[1,');
    await expect(reading).rejects.toBeInstanceOf(RequestTimeoutException);
    await expect(reading).rejects.toMatchObject({ response: { errors: [{ field: 'body', rule: 'idle-timeout' }] } });
  });

  it('stops at the first byte past the limit', async () => {
    const stream = new PassThrough();
    const reading = readBody(asRequest(stream), 4, 1000);
    stream.write('[1,2,3]');
    await expect(reading).rejects.toBeInstanceOf(PayloadTooLargeException);
  });
});
