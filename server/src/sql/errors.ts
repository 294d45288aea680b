/**
 * PostgreSQL's unique_violation (23505), the same code from pg and PGlite: another request stored the
 * same key between a service's check and its write.
 */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}

/** A deadlock (40P01): two transactions locked the same rows in turn; one of them is cancelled. */
export function isDeadlock(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '40P01';
}

/** SQLSTATE classes and node socket codes that mean "the database cannot serve us right now", not "the request is wrong". */
const UNAVAILABLE_CODES = new Set([
  '57014', // statement timeout (or a cancelled query)
  '53300', // too many connections
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
const UNAVAILABLE_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|not queryable|connection error|Client was closed|Cannot use a pool after calling end|driver has already been destroyed/i;

/**
 * The connection or the server went away (a terminated backend 57P01, a restart 57P02/57P03, connection
 * exceptions 08xxx, a refused or reset socket, pg's pool timeout): the request may succeed if repeated.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^(57P|08)/.test(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.some(isDatabaseUnavailable)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
