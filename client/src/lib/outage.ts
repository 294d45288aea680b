import { isApiError } from './api-client.ts';

/**
 * Whether the server (or its database) is out of reach, as the app as a whole sees it. One outage is one
 * banner in the shell with one retry; the sections whose reads failed because of it stay quiet meanwhile
 * (ApiErrorAlert), and when the server answers again every failed read is fetched once more.
 */

/** Failures that say "the service is not there", not "your request was wrong". */
export function isOutageError(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.code === 'NETWORK_ERROR' || error.code === 'DATABASE_UNAVAILABLE') return true;
  // A proxy in front of a stopped app answers 502/503/504 with an HTML page of its own.
  return error.code === 'UNEXPECTED_RESPONSE' && [502, 503, 504].includes(error.status);
}

/** A dynamic import() that failed: the server is down, or a new release replaced the files it named. */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    // Chromium, Safari and Firefox's words for a failed import(), and Vite's for a page's stylesheet.
    /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(error.message)
  );
}

type Listener = () => void;

const listeners = new Set<Listener>();
let outage = false;

export function isInOutage(): boolean {
  return outage;
}

export function subscribeToOutage(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setOutage(next: boolean): void {
  if (outage === next) return;
  outage = next;
  for (const listener of listeners) listener();
}

/** Readiness, not liveness: an app whose database is gone cannot answer the pages either. */
export async function serverIsReady(signal?: AbortSignal): Promise<boolean> {
  try {
    const response = await fetch('/readyz', { cache: 'no-store', signal: signal ?? null });
    return response.ok;
  } catch {
    return false;
  }
}

const firstPollMs = 2_000;
const longestPollMs = 30_000;

/**
 * Calls `onBack` once the server is ready again, asking at growing intervals (2 s, 4 s … 30 s) so a long
 * outage does not hammer a server on its way back. Returns a function that stops asking.
 */
export function whenServerIsBack(onBack: () => void): () => void {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const poll = (delay: number) => {
    timer = setTimeout(() => {
      void serverIsReady(controller.signal).then((ready) => {
        if (controller.signal.aborted) return;
        if (ready) onBack();
        else poll(Math.min(delay * 2, longestPollMs));
      });
    }, delay);
  };
  poll(firstPollMs);
  return () => {
    controller.abort();
    clearTimeout(timer);
  };
}

let stopWatching: (() => void) | undefined;

/**
 * A request failed for want of the server: show the banner and watch for its return, then run
 * `onRecovered` (the query client refetches what failed).
 */
export function reportOutage(onRecovered: () => void): void {
  setOutage(true);
  if (stopWatching) return;
  stopWatching = whenServerIsBack(() => {
    stopWatching = undefined;
    setOutage(false);
    onRecovered();
  });
}

/** Any answer from the server ends the outage at once (the user's retry, or a request that got through). */
export function reportServerAnswered(): void {
  if (!outage) return;
  stopWatching?.();
  stopWatching = undefined;
  setOutage(false);
}
