import { errorCatalog, isErrorCode, type ErrorCode, type Problem } from '@cloudstd/shared/errors';
import type { FieldError } from '@cloudstd/shared/schemas/messages';
import type { Lang } from './i18n.tsx';
import { loginUrl } from './login-redirect.ts';

const API_BASE = '/api/v1';

/** Failures the browser meets before or instead of a problem+json answer; the server never sends these. */
const clientErrorCatalog = {
  NETWORK_ERROR: {
    titleZh: '无法连接到服务器，请检查网络后重试',
    titleEn: 'Cannot reach the server; check your connection and try again',
  },
  UNEXPECTED_RESPONSE: {
    titleZh: '服务器返回了无法识别的内容',
    titleEn: 'The server sent an answer this page cannot read',
  },
} as const;

export type ClientErrorCode = keyof typeof clientErrorCatalog;
export type ApiErrorCode = ErrorCode | ClientErrorCode;

/**
 * Every failed API call throws this. `problem` is the server's problem+json body; it is null when no
 * such body arrived (network failure, a proxy's HTML error page, a body of the wrong shape).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    readonly problem: Problem | null,
    options?: { cause?: unknown },
  ) {
    super(problem?.detail ?? problem?.title ?? code, options);
  }

  /** Field errors of a VALIDATION_FAILED answer, if any. */
  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }
}

function isClientErrorCode(code: ApiErrorCode): code is ClientErrorCode {
  return Object.hasOwn(clientErrorCatalog, code);
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: HttpMethod;
  /** Sent as JSON; a `FormData` is sent as a multipart upload instead (the browser sets its boundary). */
  body?: unknown;
  signal?: AbortSignal | undefined;
}

// A 401 here means the session is over; for these two it is the expected answer, not an expiry.
const PATHS_ANSWERING_401_BY_DESIGN = new Set(['/auth/login', '/auth/me']);

let onUnauthenticated: () => void = () => {
  const { pathname, search, hash } = window.location;
  window.location.assign(loginUrl(`${pathname}${search}${hash}`));
};

/** The app installs a router-aware handler so an expired session goes to sign-in without a reload. */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return isErrorCode(candidate.code) && typeof candidate.status === 'number' && typeof candidate.title === 'string';
}

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!/\bjson\b/i.test(type)) return undefined;
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

/** An API path with its query string, e.g. `/dashboard/summary?asOf=2026-06-30`; undefined or empty parameters are left out. */
export function apiPath(path: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(name, value);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** Sends the request; a failure (network, or any non-2xx answer) becomes an ApiError. */
async function send(path: string, options: RequestOptions, accept: string): Promise<Response> {
  const { method = 'GET', body, signal } = options;
  const upload = typeof FormData !== 'undefined' && body instanceof FormData;
  const headers: Record<string, string> = { Accept: accept };
  if (body !== undefined && !upload) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : upload ? body : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK_ERROR', null, { cause: error });
  }

  if (!response.ok) {
    const data = await readJson(response);
    const problem = isProblem(data) ? data : null;
    if (response.status === 401 && !PATHS_ANSWERING_401_BY_DESIGN.has(path)) onUnauthenticated();
    throw new ApiError(response.status, problem?.code ?? 'UNEXPECTED_RESPONSE', problem);
  }
  return response;
}

/**
 * The only `fetch` in the client: JSON in and out, the session cookie, problem+json errors as ApiError.
 * `T` is the endpoint's response type from the shared schemas (`void` for 204); the server validates
 * its responses against the same schemas, and the end-to-end tests check them.
 */
export async function apiRequest<T = void>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options, 'application/json, application/problem+json');
  if (response.status === 204) return undefined as T;
  const data = await readJson(response);
  if (data === undefined) throw new ApiError(response.status, 'UNEXPECTED_RESPONSE', null);
  return data as T;
}

/** The file name a `Content-Disposition` header suggests (RFC 6266 `filename*` first), or null. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // A malformed encoding falls back to the plain name.
    }
  }
  return /filename="([^"]*)"/i.exec(disposition)?.[1] ?? null;
}

/** A file the server generates on request (e.g. a workbook), with the name it suggests; errors as for apiRequest. */
export async function apiRequestFile(
  path: string,
  options: RequestOptions = {},
): Promise<{ blob: Blob; fileName: string | null }> {
  const response = await send(path, options, '*/*');
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) };
}

export interface ErrorDescription {
  title: string;
  detail: string | null;
  fieldErrors: { field: string; message: string }[];
  requestId: string | null;
}

/** An error's message in the current language: the code's title, the server's detail and the field errors. */
export function describeError(error: unknown, lang: Lang): ErrorDescription {
  const zh = lang === 'zh';
  if (!(error instanceof ApiError)) {
    return {
      title: zh ? '发生了意外错误' : 'Something unexpected went wrong',
      detail: error instanceof Error ? error.message : null,
      fieldErrors: [],
      requestId: null,
    };
  }
  const { problem, code, status } = error;
  const entry = isClientErrorCode(code) ? clientErrorCatalog[code] : errorCatalog[code];
  const title = problem ? (zh ? problem.titleZh : problem.title) : zh ? entry.titleZh : entry.titleEn;
  const detail = problem ? ((zh ? problem.detailZh : problem.detail) ?? null) : null;
  return {
    title: code === 'UNEXPECTED_RESPONSE' && status > 0 ? `${title} (HTTP ${String(status)})` : title,
    detail,
    fieldErrors: error.fieldErrors.map((fieldError) => ({
      field: fieldError.field,
      message: zh ? fieldError.messageZh : fieldError.messageEn,
    })),
    // Worth quoting to support only when the server failed; a refusal explains itself.
    requestId: status >= 500 ? (problem?.requestId ?? null) : null,
  };
}

/** The same as one line, for toasts and `aria-live` messages. */
export function errorMessage(error: unknown, lang: Lang): string {
  const { title, detail, fieldErrors } = describeError(error, lang);
  const separator = lang === 'zh' ? '：' : ': ';
  const parts = [title, detail, ...fieldErrors.map((fieldError) => fieldError.message)].filter((part): part is string =>
    Boolean(part),
  );
  const [first = title, ...rest] = parts;
  return rest.length === 0 ? first : `${first}${separator}${rest.join(lang === 'zh' ? '；' : '; ')}`;
}

/** The field error the server reported for `field`, in the current language. */
export function serverFieldError(error: unknown, field: string, lang: Lang): string | null {
  if (!(error instanceof ApiError)) return null;
  const match = error.fieldErrors.find((fieldError) => fieldError.field === field);
  if (!match) return null;
  return lang === 'zh' ? match.messageZh : match.messageEn;
}
