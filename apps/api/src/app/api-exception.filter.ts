import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ApiErrorBody } from '@ws/contracts';
import { DenialAudit, isAuditedDenial, UserRequest } from '@ws/server-access';
import type { Response } from 'express';

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

/** A lost or refused database connection: the client should retry, not give up. */
function isStorageUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, driverError, message } = error as { code?: string; driverError?: { code?: string }; message?: string };
  return (
    UNAVAILABLE_CODES.has(code ?? '') ||
    UNAVAILABLE_CODES.has(driverError?.code ?? '') ||
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/.test(message ?? '')
  );
}

/** Every error leaves the API with the same body: status, error, message and field errors. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly denials: DenialAudit) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<UserRequest>();
    const body = this.toBody(exception);
    if (isAuditedDenial(body.statusCode, request)) void this.denials.record(request, body.statusCode, body.message);
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) response.setHeader('Retry-After', '5');
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const payload = exception.getResponse();
      const details = typeof payload === 'string' ? { message: payload } : (payload as Record<string, unknown>);
      const message = Array.isArray(details['message']) ? details['message'].join('; ') : String(details['message'] ?? exception.message);
      return {
        statusCode,
        error: HttpStatus[statusCode] ?? 'Error',
        message,
        ...(Array.isArray(details['errors']) ? { errors: details['errors'] } : {}),
      };
    }
    if (isStorageUnavailable(exception)) {
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        error: 'SERVICE_UNAVAILABLE',
        message: 'Storage is unavailable; nothing of this request was kept. Retry after the delay given.',
      };
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return { statusCode: 500, error: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side.' };
  }
}
