// @vitest-environment happy-dom
import type { Direction, FrameworkSummary, Placement } from '@cloudstd/shared/schemas/framework';
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDirectionsQueryOptions } from '../../../api/get-directions.ts';
import { getFrameworksQueryOptions } from '../../../api/get-frameworks.ts';
import { getPlacementQueryOptions } from '../../../api/get-placement.ts';
import { renderInApp, testQueryClient } from '../../../testing/render.tsx';
import { StandardPlacements } from './standard-placements.tsx';

const FINAL = 'cloud-computing-2025';
const DRAFT = 'cloud-computing-draft';
const summary = (key: string, nameZh: string, isDefault: boolean): FrameworkSummary => ({
  key,
  nameZh,
  nameEn: key,
  edition: key,
  issuedOn: null,
  isDefault,
  directionCount: 1,
});
const direction = (code: string, zh: string): Direction => ({
  code,
  nameZh: zh,
  nameEn: zh,
  partCode: code.split('.')[0] ?? code,
  groupCode: null,
  path: { zh, en: zh },
  scope: null,
});

// Background refetches of the seeded data never answer: the page shows what was seeded.
beforeEach(() => {
  vi.stubGlobal('fetch', () => new Promise<Response>(() => undefined));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function renderPlacements(placements: Placement[]) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(getFrameworksQueryOptions().queryKey, [
    summary(FINAL, '2025版', true),
    summary(DRAFT, '征求意见稿', false),
  ]);
  queryClient.setQueryData(getDirectionsQueryOptions(FINAL).queryKey, [
    direction('F.2.2', '安全技术与产品 › 设备安全'),
  ]);
  queryClient.setQueryData(getDirectionsQueryOptions(DRAFT).queryKey, [
    direction('06.2.2', '安全技术与产品 › 设备安全'),
    direction('02.3', '应用类技术与产品'),
  ]);
  for (const placement of placements) {
    queryClient.setQueryData(getPlacementQueryOptions(placement.framework, 5).queryKey, placement);
  }
  renderInApp(<StandardPlacements standardId={5} />, queryClient);
}

describe('a standard’s directions in each edition', () => {
  it('marks the filed edition and the one derived through the crosswalk, each direction by its path', () => {
    renderPlacements([
      { framework: FINAL, standardId: 5, origin: 'derived', directions: ['F.2.2'] },
      { framework: DRAFT, standardId: 5, origin: 'filed', directions: ['06.2.2'] },
    ]);
    const final = document.querySelector(`[data-framework="${FINAL}"]`);
    const draft = document.querySelector(`[data-framework="${DRAFT}"]`);
    expect(final?.textContent).toContain('2025版自动对应');
    expect(final?.textContent).toContain('F.2.2 安全技术与产品 › 设备安全');
    expect(draft?.textContent).toContain('征求意见稿登记');
    expect(draft?.textContent).toContain('06.2.2 安全技术与产品 › 设备安全');
  });

  it('shows an override, and a standard the edition cannot place with a link to resolve it', () => {
    renderPlacements([
      { framework: FINAL, standardId: 5, origin: 'none', directions: [] },
      { framework: DRAFT, standardId: 5, origin: 'filed', directions: ['02.3'] },
    ]);
    expect(document.querySelector(`[data-framework="${FINAL}"]`)?.textContent).toContain('未归入');
    const link = screen.getByRole('link', { name: '在“未归入”列表中处理' });
    expect(link.getAttribute('href')).toBe(`/directions?framework=${FINAL}&tab=unplaced`);
  });
});
