import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-client.ts';
import {
  isChunkLoadError,
  isInOutage,
  isOutageError,
  reportOutage,
  reportServerAnswered,
  subscribeToOutage,
} from './outage.ts';

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  reportServerAnswered();
  fetchMock.mockReset();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('what counts as an outage', () => {
  it('is the network, the database or a proxy standing in for a stopped app', () => {
    expect(isOutageError(new ApiError(0, 'NETWORK_ERROR', null))).toBe(true);
    expect(isOutageError(new ApiError(503, 'DATABASE_UNAVAILABLE', null))).toBe(true);
    expect(isOutageError(new ApiError(502, 'UNEXPECTED_RESPONSE', null))).toBe(true);
  });

  it('is not a refusal, a busy server or a bug', () => {
    expect(isOutageError(new ApiError(400, 'VALIDATION_FAILED', null))).toBe(false);
    expect(isOutageError(new ApiError(503, 'SERVER_BUSY', null))).toBe(false);
    expect(isOutageError(new ApiError(200, 'UNEXPECTED_RESPONSE', null))).toBe(false);
    expect(isOutageError(new Error('Failed to fetch'))).toBe(false);
  });

  it('tells a page whose code did not load from a page that threw', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: /assets/a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('error loading dynamically imported module: /assets/a.js'))).toBe(true);
    expect(isChunkLoadError(new Error('Unable to preload CSS for /assets/a.css'))).toBe(true);
    expect(isChunkLoadError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false);
  });
});

describe('an outage', () => {
  it('lasts until /readyz answers, asked at growing intervals, then refetches once', async () => {
    const changes = vi.fn();
    const unsubscribe = subscribeToOutage(changes);
    const recovered = vi.fn();
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));

    reportOutage(recovered);
    reportOutage(recovered); // a second failing section does not start a second watch
    expect(isInOutage()).toBe(true);
    expect(changes).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(2_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/readyz');
    await vi.advanceTimersByTimeAsync(3_999);
    expect(fetchMock).toHaveBeenCalledTimes(1); // the next ask waits 4 s
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);

    fetchMock.mockResolvedValue(new Response('{"status":"ready"}', { status: 200 }));
    await vi.advanceTimersByTimeAsync(8_000);
    expect(isInOutage()).toBe(false);
    expect(recovered).toHaveBeenCalledTimes(1);
    expect(changes).toHaveBeenCalledTimes(2);

    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchMock).toHaveBeenCalledTimes(3); // nothing asks once it is over
    unsubscribe();
  });

  it('ends at once when any request gets an answer, and stops watching', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const recovered = vi.fn();
    reportOutage(recovered);
    reportServerAnswered();
    expect(isInOutage()).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(recovered).not.toHaveBeenCalled();
  });

  it('keeps waiting while the database is down (503 from /readyz)', async () => {
    fetchMock.mockResolvedValue(new Response('{}', { status: 503 }));
    reportOutage(() => undefined);
    await vi.advanceTimersByTimeAsync(2_000 + 4_000 + 8_000);
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(isInOutage()).toBe(true);
  });
});
