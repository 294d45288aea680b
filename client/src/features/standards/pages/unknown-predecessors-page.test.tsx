// @vitest-environment happy-dom
import type { UnknownPredecessorList } from '@cloudstd/shared/schemas/standard';
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderInApp } from '../../../testing/render.tsx';
import { standardsMessages as m } from '../messages.ts';
import { UnknownPredecessorsPage } from './unknown-predecessors-page.tsx';

// GB/T 31168-2023 replaces GB/T 31168-2014 (PRODUCT.md §11); here the 2014 edition is not recorded.
const list: UnknownPredecessorList = {
  items: [
    {
      predecessor: 'GB/T 31168-2014',
      successor: { id: 7, number: 'GB/T 31168-2023', titleZh: '信息安全技术 云计算服务安全能力要求' },
    },
  ],
};

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the 前身未登记 page', () => {
  it('lists each replaced number not in the registry with a link to the standard that replaces it', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(jsonResponse(list)));
    renderInApp(<UnknownPredecessorsPage />);
    expect(await screen.findByText('GB/T 31168-2014')).toBeTruthy();
    const link = screen.getByRole('link', { name: /GB\/T 31168-2023/ });
    expect(link.getAttribute('href')).toBe('/standards/7');
    expect(screen.getByRole('status').textContent).toBe('共 1 项');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/standards/unknown-predecessors');
  });

  it('says so when every replaced number is recorded', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(jsonResponse({ items: [] })));
    renderInApp(<UnknownPredecessorsPage />);
    expect(await screen.findByText(m.unknownPredecessorsEmpty.zh)).toBeTruthy();
  });
});
