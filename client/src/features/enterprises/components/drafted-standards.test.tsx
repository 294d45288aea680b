// @vitest-environment happy-dom
import type { DraftedStandards } from '@cloudstd/shared/schemas/enterprise';
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderInApp } from '../../../testing/render.tsx';
import { enterprisesMessages as m } from '../messages.ts';
import { DraftedStandardsCard } from './drafted-standards.tsx';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the standards an enterprise drafted', () => {
  it('lists them with links, level and status, from the enterprise’s endpoint', async () => {
    const drafted: DraftedStandards = {
      asOf: '2026-12-03',
      items: [
        {
          id: 7,
          number: 'GB/T 32400-2015',
          planNumber: null,
          titleZh: '信息技术 云计算 概览与词汇',
          level: 'national',
          status: 'in_force',
          publishedOn: '2015-12-31',
        },
        {
          id: 8,
          number: null,
          planNumber: '20241901-T-469',
          titleZh: '信息技术 云计算 演示项目（示例数据）',
          level: 'national',
          status: 'approved',
          publishedOn: null,
        },
      ],
    };
    fetchMock.mockResolvedValue(jsonResponse(drafted));
    renderInApp(<DraftedStandardsCard enterprise={{ id: 12 }} />);
    expect(await screen.findByRole('link', { name: 'GB/T 32400-2015' })).toHaveProperty(
      'href',
      expect.stringMatching(/\/standards\/7$/),
    );
    expect(screen.getByRole('link', { name: '20241901-T-469' })).toBeTruthy();
    expect(screen.getByText('信息技术 云计算 概览与词汇')).toBeTruthy();
    expect(screen.getByRole('heading', { name: m.draftedHeading.zh })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('共 2 项');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/enterprises/12/drafted-standards');
  });

  it('says so when no standard names the enterprise', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ asOf: '2026-12-03', items: [] }));
    renderInApp(<DraftedStandardsCard enterprise={{ id: 13 }} />);
    expect(await screen.findByText(m.noDrafted.zh)).toBeTruthy();
  });
});
