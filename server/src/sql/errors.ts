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
