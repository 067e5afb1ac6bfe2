import { PayloadTooLargeException, RequestTimeoutException } from '@nestjs/common';
import type { Request } from 'express';

/** 10 MB, as the feed contract says (and as `express.json({ limit: '10mb' })` counts it). */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

function tooLarge(): PayloadTooLargeException {
  const message = `The body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB; split the batch.`;
  return new PayloadTooLargeException({
    message,
    errors: [{ field: 'body', rule: 'max-bytes', message }],
  });
}

/** Refuses a declared `Content-Length` above the limit before a byte of the body is read. */
export function checkDeclaredLength(request: Request, limitBytes = MAX_BODY_BYTES): void {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limitBytes) throw tooLarge();
}

function stalled(idleMs: number): RequestTimeoutException {
  const message = `The body stopped arriving (nothing for ${idleMs / 1000} s); send it again.`;
  return new RequestTimeoutException({
    message,
    errors: [{ field: 'body', rule: 'idle-timeout', message }],
  });
}

/**
 * Reads the request body, counting bytes as they arrive (chunked bodies declare no length):
 * reading stops at the first byte past the limit, so an oversized body is never held whole, and
 * when nothing arrives for `idleMs` (a stalled or very slow client must not hold a request open).
 */
export function readBody(request: Request, limitBytes: number, idleMs: number): Promise<Buffer> {
  checkDeclaredLength(request, limitBytes);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const idle = setTimeout(() => giveUp(stalled(idleMs)), idleMs);
    const cleanup = (): void => {
      clearTimeout(idle);
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    const giveUp = (error: Error): void => {
      cleanup();
      // What still comes is discarded unread (as Express does after an error), never kept.
      request.resume();
      reject(error);
    };
    const onData = (chunk: Buffer): void => {
      idle.refresh();
      received += chunk.length;
      if (received > limitBytes) {
        giveUp(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(Buffer.concat(chunks, received));
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}
