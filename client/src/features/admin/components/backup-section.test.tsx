// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { jsonResponse, renderInApp } from '../../../testing/render.tsx';
import { BackupSection } from './backup-section.tsx';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:backup'), revokeObjectURL: vi.fn() }));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

it('downloads the backup under the name the server gives it', async () => {
  fetchMock.mockResolvedValueOnce(
    new Response(new Uint8Array([1, 2, 3]), {
      headers: {
        'content-type': 'application/x-tar',
        'content-disposition': 'attachment; filename="cloudstd-backup-20261203T195300Z.tar"',
      },
    }),
  );
  const clicked: string[] = [];
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  });
  renderInApp(<BackupSection />);
  await userEvent.click(screen.getByRole('button', { name: /下载备份/ }));
  await waitFor(() => expect(clicked).toEqual(['cloudstd-backup-20261203T195300Z.tar']));
  expect(fetchMock.mock.calls[0]?.[0]).toMatch(/\/api\/v1\/admin\/backup$/);
  click.mockRestore();
});

it('says why when the server cannot make one', async () => {
  fetchMock.mockResolvedValueOnce(
    jsonResponse(
      {
        type: 'urn:cloudstd:problem:backup-unavailable',
        title: 'The backup could not be made',
        titleZh: '无法生成备份',
        status: 503,
        code: 'BACKUP_UNAVAILABLE',
        detail: 'pg_dump could not run',
        detailZh: 'pg_dump 无法运行',
      },
      503,
    ),
  );
  renderInApp(<BackupSection />);
  await userEvent.click(screen.getByRole('button', { name: /下载备份/ }));
  expect(await screen.findByText('无法生成备份')).toBeTruthy();
});
