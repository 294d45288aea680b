import type { Problem } from '@cloudstd/shared/errors';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  apiPath,
  apiRequest,
  apiRequestFile,
  describeError,
  errorMessage,
  fileNameOf,
  setUnauthenticatedHandler,
} from './api-client.ts';

const problem = (overrides: Partial<Problem>): Problem => ({
  type: 'urn:cloudstd:problem:validation-failed',
  title: 'Invalid input',
  titleZh: '输入有误',
  status: 400,
  code: 'VALIDATION_FAILED',
  ...overrides,
});

const answer = (status: number, body: unknown, contentType = 'application/problem+json') =>
  new Response(body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': contentType },
  });

const fetchMock = vi.fn<typeof fetch>();
const onUnauthenticated = vi.fn();

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  setUnauthenticatedHandler(onUnauthenticated);
});

afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
  onUnauthenticated.mockReset();
});

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw new Error('expected an ApiError');
  return error;
}

describe('apiRequest', () => {
  it('sends JSON with the session cookie and returns the parsed answer', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { user: { id: 1 } }, 'application/json; charset=utf-8'));
    await expect(
      apiRequest('/auth/login', { method: 'POST', body: { username: 'a', password: 'b' } }),
    ).resolves.toEqual({
      user: { id: 1 },
    });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/auth/login');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"username":"a","password":"b"}' });
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
  });

  it('sends a FormData body as a multipart upload, leaving its content type to the browser', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { ok: true }, 'application/json'));
    const form = new FormData();
    form.append('file', new Blob(['a,b']), 'list.csv');
    await apiRequest('/imports/standards?dryRun=true', { method: 'POST', body: form });
    const [, init] = fetchMock.mock.calls[0] ?? [];
    expect(init?.body).toBe(form);
    expect(new Headers(init?.headers).has('content-type')).toBe(false);
  });

  it('returns a generated file with the name the server suggests, and problems as ApiError', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response('PK', {
        status: 200,
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': `attachment; filename="_____.xlsx"; filename*=UTF-8''${encodeURIComponent('清单-导入检查.xlsx')}`,
        },
      }),
    );
    const file = await apiRequestFile('/imports/standards?format=xlsx', { method: 'POST', body: new FormData() });
    expect(file.fileName).toBe('清单-导入检查.xlsx');
    expect(await file.blob.text()).toBe('PK');
    expect(fileNameOf('attachment; filename="plain.xlsx"')).toBe('plain.xlsx');
    expect(fileNameOf(null)).toBeNull();
    fetchMock.mockResolvedValueOnce(answer(413, problem({ status: 413, code: 'PAYLOAD_TOO_LARGE' })));
    expect(await failure(apiRequestFile('/imports/standards', { method: 'POST' }))).toMatchObject({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
  });

  it('resolves a 204 with nothing', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await expect(apiRequest('/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('throws the problem+json body as a typed ApiError', async () => {
    const body = problem({
      status: 409,
      code: 'USERNAME_TAKEN',
      title: 'That username is taken',
      titleZh: '用户名已存在',
      requestId: 'r1',
    });
    fetchMock.mockResolvedValueOnce(answer(409, body));
    const error = await failure(apiRequest('/users', { method: 'POST', body: {} }));
    expect(error).toMatchObject({ status: 409, code: 'USERNAME_TAKEN', problem: body });
  });

  it('calls a network failure NETWORK_ERROR and a non-JSON answer UNEXPECTED_RESPONSE', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await failure(apiRequest('/framework'))).toMatchObject({ status: 0, code: 'NETWORK_ERROR', problem: null });
    fetchMock.mockResolvedValueOnce(answer(502, '<html>Bad gateway</html>', 'text/html'));
    expect(await failure(apiRequest('/framework'))).toMatchObject({ status: 502, code: 'UNEXPECTED_RESPONSE' });
    fetchMock.mockResolvedValueOnce(answer(200, '<html></html>', 'text/html'));
    expect(await failure(apiRequest('/framework'))).toMatchObject({ status: 200, code: 'UNEXPECTED_RESPONSE' });
  });

  it('sends an expired session to sign-in, but not for the sign-in and who-am-I calls', async () => {
    const unauthenticated = problem({
      status: 401,
      code: 'UNAUTHENTICATED',
      title: 'Please sign in',
      titleZh: '请先登录',
    });
    fetchMock.mockImplementation(() => Promise.resolve(answer(401, unauthenticated)));
    await failure(apiRequest('/auth/me'));
    await failure(apiRequest('/auth/login', { method: 'POST', body: {} }));
    expect(onUnauthenticated).not.toHaveBeenCalled();
    await failure(apiRequest('/users'));
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });
});

describe('describeError', () => {
  const error = new ApiError(
    400,
    'VALIDATION_FAILED',
    problem({
      detail: 'Check the fields',
      detailZh: '请检查各字段',
      errors: [
        { field: 'password', messageZh: '密码至少 8 个字符', messageEn: 'Password must have at least 8 characters' },
      ],
      requestId: 'r2',
    }),
  );

  it('speaks the current language', () => {
    expect(describeError(error, 'zh')).toEqual({
      title: '输入有误',
      detail: '请检查各字段',
      fieldErrors: [{ field: 'password', message: '密码至少 8 个字符' }],
      requestId: null,
    });
    expect(errorMessage(error, 'en')).toBe('Invalid input: Check the fields; Password must have at least 8 characters');
  });

  it('names the request only when the server failed', () => {
    const internal = new ApiError(500, 'INTERNAL', problem({ status: 500, code: 'INTERNAL', requestId: 'r3' }));
    expect(describeError(internal, 'en').requestId).toBe('r3');
  });

  it('describes client-side failures from its own catalog', () => {
    expect(describeError(new ApiError(0, 'NETWORK_ERROR', null), 'zh').title).toBe(
      '无法连接到服务器，请检查网络后重试',
    );
    expect(describeError(new Error('boom'), 'en')).toMatchObject({
      title: 'Something unexpected went wrong',
      detail: 'boom',
    });
  });
});

describe('apiPath', () => {
  it('leaves out undefined parameters', () => {
    expect(apiPath('/dashboard/summary', { asOf: '2026-06-30', targetSet: undefined })).toBe(
      '/dashboard/summary?asOf=2026-06-30',
    );
    expect(apiPath('/dashboard/summary', {})).toBe('/dashboard/summary');
  });

  it('encodes the values', () => {
    expect(apiPath('/dashboard/breakdown', { by: 'level', asOf: '2026-06-30', targetSet: 'a&b' })).toBe(
      '/dashboard/breakdown?by=level&asOf=2026-06-30&targetSet=a%26b',
    );
  });
});
