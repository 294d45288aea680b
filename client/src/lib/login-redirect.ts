export const LOGIN_PATH = '/login';

/**
 * Where to go after signing in: only a path on this site (`/…`, never `//host` or `/\host`, which
 * browsers treat as another site), and never back to the sign-in page itself.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (raw === LOGIN_PATH || raw.startsWith(`${LOGIN_PATH}?`) || raw.startsWith(`${LOGIN_PATH}/`)) return '/';
  return raw;
}

/** The sign-in page's URL, remembering where the user was going. */
export function loginUrl(next: string): string {
  const safe = safeNextPath(next);
  return safe === '/' ? LOGIN_PATH : `${LOGIN_PATH}?next=${encodeURIComponent(safe)}`;
}
