import { HttpException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** What body-parser attaches to its errors (http-errors with a 4xx status; `type` on most of them). */
interface BodyParserError {
  status: number;
  type?: string;
  message: string;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** body-parser's error types as `{ status, field, rule, message }` (its other types: 400 on the body). */
const BODY_PARSER_ERRORS: Record<string, { status: number; field: string; rule: string; message: (error: BodyParserError) => string }> = {
  'entity.parse.failed': { status: 400, field: 'body', rule: 'json', message: (error) => `The body is not valid JSON: ${error.message}.` },
  'entity.too.large': { status: 413, field: 'body', rule: 'max-bytes', message: () => 'The body is larger than 10 MB; split the batch.' },
  'charset.unsupported': { status: 415, field: 'Content-Type', rule: 'charset', message: () => 'The charset is not accepted; send UTF-8.' },
  'encoding.unsupported': { status: 415, field: 'Content-Encoding', rule: 'encoding', message: () => 'The Content-Encoding is not accepted; send the body uncompressed or gzip/deflate.' },
  'request.aborted': { status: 400, field: 'body', rule: 'complete', message: () => 'The body ended before its declared length.' },
  'request.size.invalid': { status: 400, field: 'body', rule: 'content-length', message: () => 'The body is not as long as its Content-Length says.' },
};

function fieldException(status: number, field: string, rule: string, message: string): HttpException {
  return new HttpException({ message, errors: [{ field, rule, message }] }, status);
}

/** After the JSON body parser: its errors become field errors, rendered by ApiExceptionFilter like every other. */
export function bodyParserErrors(error: unknown, _request: Request, _response: Response, next: NextFunction): void {
  if (!isBodyParserError(error)) return next(error);
  const known = BODY_PARSER_ERRORS[error.type ?? ''];
  if (known) return next(fieldException(known.status, known.field, known.rule, known.message(error)));
  next(fieldException(error.status, 'body', 'readable', 'The body could not be read (is its Content-Encoding right?).'));
}

/** Before routing: a path that is not valid percent-encoding is a 400 on `path` (the router would decode it later). */
export function percentEncodedPath(request: Request, _response: Response, next: NextFunction): void {
  try {
    decodeURIComponent(request.path);
    next();
  } catch {
    next(fieldException(400, 'path', 'percent-encoding', 'The path is not valid percent-encoding: each "%" must start a UTF-8 byte as two hex digits.'));
  }
}
