// @vitest-environment happy-dom
import type { PlanTracking } from '@cloudstd/shared/schemas/plan';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderInApp } from '../../../testing/render.tsx';
import { standardsMessages as m } from '../messages.ts';
import { PlansPage } from './plans-page.tsx';

const tracking: PlanTracking = {
  asOf: '2025-06-01',
  items: [
    {
      id: 11,
      number: null,
      planNumber: '20220101-T-469',
      titleZh: '信息技术 云计算 超期项目（示例数据）',
      level: 'national',
      committee: 'TC28',
      status: 'draft',
      planIssuedOn: '2022-03-01',
      planPeriodMonths: 24,
      extensions: 1,
      dueOn: '2024-03-01',
      overdue: true,
      overdueDays: 457,
      stage: 'draft',
      stageSince: '2023-10-01',
      monthsInStage: 20,
      stageNormMonths: 2,
      monthsOverNorm: 18,
    },
    {
      id: 12,
      number: null,
      planNumber: '20250101-T-469',
      titleZh: '信息技术 云计算 在研项目（示例数据）',
      level: 'national',
      committee: 'TC28',
      status: 'approved',
      planIssuedOn: '2025-03-01',
      planPeriodMonths: 18,
      extensions: 0,
      dueOn: '2026-09-01',
      overdue: false,
      overdueDays: 0,
      stage: 'drafting',
      stageSince: '2025-03-01',
      monthsInStage: 3,
      stageNormMonths: 10,
      monthsOverNorm: 0,
    },
  ],
};

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockImplementation(() => Promise.resolve(jsonResponse(tracking)));
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the 计划跟踪 page', () => {
  it('shows each open plan’s due date, overdue days and stage against its norm, overdue first', async () => {
    renderInApp(<PlansPage />);
    const late = (await screen.findByText('20220101-T-469')).closest('tr');
    if (!late) throw new Error('no row');
    expect(within(late).getByText('超期 457 天')).toBeTruthy();
    expect(within(late).getByText('征求意见')).toBeTruthy();
    expect(within(late).getByText('超出时限 18 个月')).toBeTruthy();
    expect(within(late).getByText('已延期 1 次')).toBeTruthy();
    const onTime = screen.getByText('20250101-T-469').closest('tr');
    if (!onTime) throw new Error('no row');
    expect(within(onTime).getByText(m.notOverdue.zh)).toBeTruthy();
    expect(within(onTime).getByText('3 / 10 个月')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('共 2 项，超期 1 项');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/standards/plans');
  });

  it('asks for the overdue plans only when switched, and exports the same list as CSV', async () => {
    const user = userEvent.setup();
    renderInApp(<PlansPage />);
    await screen.findByText('20220101-T-469');
    const exportLink = screen.getByRole('link', { name: /导出 CSV/ });
    expect(exportLink.getAttribute('href')).toMatch(/^\/api\/v1\/reports\/plans\.csv\?asOf=\d{4}-\d{2}-\d{2}$/);
    await user.click(screen.getByRole('switch', { name: m.overdueOnly.zh }));
    await waitFor(() => {
      expect(fetchMock.mock.calls.map((call) => call[0])).toContain('/api/v1/standards/plans?overdue=true');
    });
    expect(screen.getByRole('link', { name: /导出 CSV/ }).getAttribute('href')).toContain('overdue=true');
  });
});
