// @vitest-environment happy-dom
import type { FrameworkSummary } from '@cloudstd/shared/schemas/framework';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getFrameworksQueryOptions } from '../../../api/get-frameworks.ts';
import { renderInApp, testQueryClient } from '../../../testing/render.tsx';
import { importMessages as m } from '../messages.ts';
import { ImportHeader } from './import-header.tsx';

const frameworks: FrameworkSummary[] = [
  {
    key: 'cloud-computing-2025',
    nameZh: '2025版',
    nameEn: '2025 edition',
    edition: '2025版',
    issuedOn: '2025-10-09',
    isDefault: true,
    directionCount: 53,
  },
  {
    key: 'cloud-computing-draft',
    nameZh: '征求意见稿',
    nameEn: 'Draft',
    edition: '征求意见稿',
    issuedOn: null,
    isDefault: false,
    directionCount: 50,
  },
];

beforeEach(() => {
  vi.stubGlobal('fetch', () => new Promise<Response>(() => undefined));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function renderHeader(kind: 'standards' | 'adoptions', framework?: string) {
  const onFramework = vi.fn<(key: string) => void>();
  const queryClient = testQueryClient();
  queryClient.setQueryData(getFrameworksQueryOptions().queryKey, frameworks);
  renderInApp(
    <ImportHeader
      kind={kind}
      onKind={() => undefined}
      framework={framework}
      onFramework={onFramework}
      disabled={false}
    />,
    queryClient,
  );
  return { onFramework, user: userEvent.setup() };
}

const template = () => screen.getByRole('link', { name: new RegExp(m.downloadTemplate.zh) });

describe('the import page’s header', () => {
  it('offers the edition of a standards file, and the template of the chosen edition', async () => {
    const { onFramework, user } = renderHeader('standards', 'cloud-computing-draft');
    expect(screen.getByTestId('import-edition').textContent).toContain('征求意见稿（50 个研制方向）');
    expect(template().getAttribute('href')).toBe(
      '/api/v1/imports/standards/template.xlsx?framework=cloud-computing-draft',
    );
    await user.click(screen.getByText('2025版（53 个研制方向）'));
    expect(onFramework).toHaveBeenCalledWith('cloud-computing-2025');
  });

  it('has no edition for adoptions', () => {
    renderHeader('adoptions');
    expect(screen.queryByTestId('import-edition')).toBeNull();
    expect(template().getAttribute('href')).toBe('/api/v1/imports/adoptions/template.xlsx');
  });
});
