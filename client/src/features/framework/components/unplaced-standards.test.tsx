// @vitest-environment happy-dom
import type { Direction, FrameworkSummary, UnplacedList } from '@cloudstd/shared/schemas/framework';
import type { User } from '@cloudstd/shared/schemas/user';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDirectionsQueryOptions } from '../../../api/get-directions.ts';
import { getFrameworksQueryOptions } from '../../../api/get-frameworks.ts';
import { CurrentUserContext } from '../../../lib/current-user.tsx';
import { jsonResponse, renderInApp, testQueryClient } from '../../../testing/render.tsx';
import { getUnplacedQueryOptions } from '../api/get-unplaced.ts';
import { frameworkMessages as m } from '../messages.ts';
import { UnplacedStandards } from './unplaced-standards.tsx';

const FINAL = 'cloud-computing-2025';
const DRAFT = 'cloud-computing-draft';
const frameworks: FrameworkSummary[] = [
  { key: FINAL, nameZh: '2025版', nameEn: '2025', edition: '2025', issuedOn: null, isDefault: true, directionCount: 2 },
  {
    key: DRAFT,
    nameZh: '征求意见稿',
    nameEn: 'Draft',
    edition: 'draft',
    issuedOn: null,
    isDefault: false,
    directionCount: 1,
  },
];
const direction = (code: string, zh: string, en: string, partCode: string): Direction => ({
  code,
  nameZh: zh.split(' › ').at(-1) ?? zh,
  nameEn: en.split(' › ').at(-1) ?? en,
  partCode,
  groupCode: null,
  path: { zh, en },
  scope: null,
});
const finalDirections = [
  direction('F.2.2', '安全技术与产品 › 设备安全', 'Security products › Device security', 'F'),
  direction('F.3.1', '基础设施安全 › 设备安全', 'Infrastructure security › Device security', 'F'),
];
const draftDirections = [direction('02.3', '应用类技术与产品', 'Application technologies and products', '02')];
const unplaced: UnplacedList = {
  framework: FINAL,
  items: [{ id: 7, number: 'GB/T 63003-2024', planNumber: null, titleZh: '应用类 测试', filedUnder: ['02.3'] }],
};

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function renderList(role: User['role']) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(getFrameworksQueryOptions().queryKey, frameworks);
  queryClient.setQueryData(getDirectionsQueryOptions(FINAL).queryKey, finalDirections);
  queryClient.setQueryData(getDirectionsQueryOptions(DRAFT).queryKey, draftDirections);
  queryClient.setQueryData(getUnplacedQueryOptions(FINAL).queryKey, unplaced);
  renderInApp(
    <CurrentUserContext value={{ id: 1, username: role, role, disabled: false, createdAt: '', updatedAt: '' }}>
      <UnplacedStandards frameworkKey={FINAL} />
    </CurrentUserContext>,
    queryClient,
  );
  return userEvent.setup();
}

describe('the not-placed list', () => {
  it('shows each standard with the path of the direction it is filed under, read-only for a viewer', () => {
    renderList('viewer');
    const row = screen.getByText('GB/T 63003-2024').closest('tr');
    expect(row).not.toBeNull();
    expect(within(row!).getByText('02.3 应用类技术与产品')).toBeDefined();
    expect(within(row!).getByText(m.unplacedReadOnly.zh)).toBeDefined();
    expect(screen.queryByRole('button', { name: m.unplacedSave.zh })).toBeNull();
  });

  it('lets an editor place a standard under a leaf chosen by its path, sending the override', async () => {
    // Reads (a refetch on mount) get the list as seeded; the PATCH gets the new placement.
    fetchMock.mockImplementation((_url, init) =>
      Promise.resolve(
        init?.method === 'PATCH'
          ? jsonResponse({ framework: FINAL, standardId: 7, origin: 'override', directions: ['F.3.1'] })
          : jsonResponse(unplaced),
      ),
    );
    const user = renderList('editor');
    const save = screen.getByRole('button', { name: m.unplacedSave.zh });
    expect(save).toHaveProperty('disabled', true);
    // antd opens a select on the mouse press.
    fireEvent.mouseDown(screen.getByLabelText('GB/T 63003-2024 归入的研制方向'));
    // The two 设备安全 leaves read differently: each by its group.
    expect(await screen.findByText('F.2.2 安全技术与产品 › 设备安全')).toBeDefined();
    const option = (await screen.findByText('F.3.1 基础设施安全 › 设备安全')).closest('.ant-select-item-option');
    fireEvent.click(option!);
    await waitFor(() => {
      expect(save).toHaveProperty('disabled', false);
    });
    await user.click(save);
    const patches = () => fetchMock.mock.calls.filter(([, init]) => init?.method === 'PATCH');
    await waitFor(() => {
      expect(patches()).toHaveLength(1);
    });
    const [url, init] = patches()[0]!;
    expect(url).toBe(`/api/v1/frameworks/${FINAL}/placements/7`);
    expect(JSON.parse(init?.body as string)).toEqual({ directions: ['F.3.1'] });
  });
});
