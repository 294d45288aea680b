import type { Request } from 'express';

/** The request id pino-http assigned (always a string: see genReqId in app.ts). */
export function requestId(req: Request): string {
  return typeof req.id === 'string' ? req.id : JSON.stringify(req.id);
}
