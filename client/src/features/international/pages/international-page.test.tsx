// @vitest-environment happy-dom
import type { InternationalItem, InternationalItemList } from '@cloudstd/shared/schemas/international-item';
import type { User } from '@cloudstd/shared/schemas/user';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CurrentUserContext } from '../../../lib/current-user.tsx';
import { jsonResponse, renderInApp } from '../../../testing/render.tsx';
import { internationalMessages as m } from '../messages.ts';
import { InternationalPage } from './international-page.tsx';

// A test item, not a real project.
const item: InternationalItem = {
  id: 7,
  body: 'iso_iec_jtc1',
  committee: 'ISO/IEC JTC 1/SC 38',
  reference: 'ISO/IEC TEST 7',
  titleEn: 'Test item',
  titleZh: '测试项目',
  stages: [
    { stage: 'np', on: '2025-03-01' },
    { stage: 'wd', on: '2025-08-01' },
    { stage: 'cd', on: '2026-01-10' },
  ],
  chinaRole: 'led',
  experts: ['张三'],
  relatedStandard: null,
  relatedStandardId: null,
  relatedStandardTitleZh: null,
  currentStage: 'cd',
  notes: null,
  version: 2,
  createdAt: '2026-01-10T00:00:00.000Z',
  updatedAt: '2026-01-10T00:00:00.000Z',
  createdBy: 'editor',
  updatedBy: 'editor',
  deletedAt: null,
};
const list: InternationalItemList = { items: [item], total: 1, page: 1, pageSize: 20 };

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function renderPage(role: User['role']) {
  const user: User = { id: 1, username: role, role, disabled: false, createdAt: '', updatedAt: '' };
  renderInApp(
    <CurrentUserContext.Provider value={user}>
      <InternationalPage />
    </CurrentUserContext.Provider>,
  );
  return userEvent.setup();
}

describe('the 国际标准 page', () => {
  it('lists the items with their stage and China’s role, and opens the stage history as a timeline', async () => {
    fetchMock.mockResolvedValue(jsonResponse(list));
    const user = renderPage('viewer');
    const link = await screen.findByRole('button', { name: 'ISO/IEC TEST 7' }, { timeout: 10_000 });
    const row = link.closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('委员会草案（CD）')).toBeTruthy();
    expect(within(row).getByText('牵头')).toBeTruthy();
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/international-items');
    // Viewers read: no add, edit or delete.
    expect(screen.queryByRole('button', { name: new RegExp(m.newItem.zh) })).toBeNull();
    expect(screen.queryByRole('button', { name: /编\s*辑/ })).toBeNull();
    await user.click(link);
    const stages = await screen.findAllByTestId('intl-stage');
    expect(stages.map((stage) => stage.textContent)).toEqual([
      '2025-03-01 新工作项目（NP）',
      '2025-08-01 工作草案（WD）',
      '2026-01-10 委员会草案（CD）',
    ]);
  });

  it('lets an editor correct an item and shows the server’s refusal on the stage row it names', async () => {
    fetchMock.mockImplementation((url, init) => {
      if (init?.method === 'PATCH') {
        return Promise.resolve(
          jsonResponse(
            {
              type: 'urn:cloudstd:problem:validation-failed',
              title: 'Invalid input',
              titleZh: '输入有误',
              status: 400,
              code: 'VALIDATION_FAILED',
              errors: [
                {
                  field: 'stages.2.on',
                  messageZh: '“委员会草案（CD）”日期不能早于上一阶段“工作草案（WD）”的日期（2025-08-01）',
                  messageEn: 'The CD date cannot be before the previous stage’s',
                },
              ],
            },
            400,
          ),
        );
      }
      return Promise.resolve(
        jsonResponse(typeof url === 'string' && url.startsWith('/api/v1/international-items') ? list : {}),
      );
    });
    const user = renderPage('editor');
    expect(await screen.findByRole('button', { name: new RegExp(m.newItem.zh) }, { timeout: 10_000 })).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: /编\s*辑/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByTestId('intl-stage-row')).toHaveLength(3);
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => {
      expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PATCH')).toBe(true);
    });
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(patch?.[0]).toBe('/api/v1/international-items/7');
    const sent = JSON.parse(patch?.[1]?.body as string) as Record<string, unknown>;
    expect(sent).toMatchObject({
      version: 2,
      chinaRole: 'led',
      experts: ['张三'],
      stages: [
        { stage: 'np', on: '2025-03-01' },
        { stage: 'wd', on: '2025-08-01' },
        { stage: 'cd', on: '2026-01-10' },
      ],
    });
    expect(
      await within(dialog).findAllByText('“委员会草案（CD）”日期不能早于上一阶段“工作草案（WD）”的日期（2025-08-01）'),
    ).not.toHaveLength(0);
  });
});
