// Turns any thrown error into the API's error body: a code, a message and a status, never a stack trace.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { ERROR_CATALOG, isTamgaError } from '@tamga/core';
import type { ErrorBody } from '@tamga/api';

export function errorBody(error: unknown): ErrorBody['error'] {
  if (isTamgaError(error)) {
    return { code: error.code, message: error.message, status: error.status, ...(error.details ? { details: error.details } : {}) };
  }
  if (error instanceof ZodError) {
    const issues = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = issues[0];
    return {
      code: 'VALIDATION_FAILED',
      message: first ? `${first.path || 'request'}: ${first.message}` : ERROR_CATALOG.VALIDATION_FAILED.message,
      status: 400,
      details: { issues },
    };
  }
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.statusCode === 429) {
    return { code: 'RATE_LIMITED', message: ERROR_CATALOG.RATE_LIMITED.message, status: 429 };
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return { code: 'VALIDATION_FAILED', message: fastifyError.message ?? 'Bad request', status: fastifyError.statusCode };
  }
  return { code: 'INTERNAL', message: ERROR_CATALOG.INTERNAL.message, status: 500 };
}

export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const body = errorBody(error);
  if (body.status >= 500) request.log.error({ err: error }, 'request failed');
  return reply.status(body.status).send({ error: body });
}
