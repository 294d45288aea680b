// @vitest-environment happy-dom
import type { ReviewsDue } from '@cloudstd/shared/schemas/review';
import type { User } from '@cloudstd/shared/schemas/user';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CurrentUserContext } from '../../../lib/current-user.tsx';
import { jsonResponse, renderInApp } from '../../../testing/render.tsx';
import { standardsMessages as m } from '../messages.ts';
import { ReviewsPage } from './reviews-page.tsx';

const due: ReviewsDue = {
  asOf: '2026-06-01',
  items: [
    {
      id: 21,
      number: 'GB/T 32400-2015',
      titleZh: '信息技术 云计算 概览与词汇',
      level: 'national',
      committee: 'TC28',
      inForceOn: '2017-01-01',
      dueOn: '2022-01-01',
      lastReview: null,
    },
  ],
};

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockImplementation((input, init) =>
    Promise.resolve(
      init?.method === 'POST'
        ? jsonResponse({ id: 1, standardId: 21, outcome: 'confirmed', reviewedOn: '2026-05-20', notes: null }, 201)
        : jsonResponse(due),
    ),
  );
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function renderAs(role: User['role']) {
  renderInApp(
    <CurrentUserContext.Provider
      value={{
        id: 1,
        username: role,
        role,
        disabled: false,
        createdAt: '2026-11-01T00:00:00.000Z',
        updatedAt: '2026-11-01T00:00:00.000Z',
      }}
    >
      <ReviewsPage />
    </CurrentUserContext.Provider>,
  );
}

describe('the 复审 page', () => {
  it('lists the standards due and lets an editor record an outcome with its date', async () => {
    const user = userEvent.setup();
    renderAs('editor');
    expect(await screen.findByText('GB/T 32400-2015')).toBeTruthy();
    expect(screen.getByText('2022-01-01')).toBeTruthy();
    expect(screen.getByRole('link', { name: /导出 CSV/ }).getAttribute('href')).toMatch(
      /^\/api\/v1\/reports\/reviews\.csv\?asOf=/,
    );
    await user.click(screen.getByRole('button', { name: `${m.recordReview.zh} GB/T 32400-2015` }));
    const dialog = await screen.findByRole('dialog');
    // Saving without an outcome or date is refused in the form: nothing is sent.
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText(m.chooseOutcome.zh)).toBeTruthy();
    expect(fetchMock.mock.calls.filter((call) => call[1]?.method === 'POST')).toHaveLength(0);

    await user.click(screen.getByLabelText(m.reviewOutcome.zh));
    await user.click(await screen.findByTitle('继续有效'));
    await user.click(screen.getByLabelText(m.reviewedOn.zh));
    await user.paste('2026-05-20');
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => {
      expect(fetchMock.mock.calls.filter((call) => call[1]?.method === 'POST')).toHaveLength(1);
    });
    const post = fetchMock.mock.calls.find((call) => call[1]?.method === 'POST');
    expect(post?.[0]).toBe('/api/v1/standards/21/reviews');
    expect(JSON.parse(post?.[1]?.body as string)).toEqual({
      outcome: 'confirmed',
      reviewedOn: '2026-05-20',
      notes: null,
    });
    expect(dialog).toBeTruthy();
  });

  it('filters by committee, normalised, in the URL and the export', async () => {
    const user = userEvent.setup();
    renderAs('viewer');
    expect(await screen.findByText('GB/T 32400-2015')).toBeTruthy();
    await user.type(screen.getByLabelText(m.committee.zh), 'SAC/TC 260{Enter}');
    await waitFor(() => {
      expect(fetchMock.mock.calls.map((call) => call[0])).toContain('/api/v1/standards/reviews-due?committee=TC260');
    });
    expect(screen.getByLabelText<HTMLInputElement>(m.committee.zh).value).toBe('TC260');
    expect(screen.getByRole('link', { name: /导出 CSV/ }).getAttribute('href')).toMatch(/[?&]committee=TC260(&|$)/);
  });

  it('shows viewers the list without the record action', async () => {
    renderAs('viewer');
    expect(await screen.findByText('GB/T 32400-2015')).toBeTruthy();
    expect(screen.queryByRole('button', { name: new RegExp(m.recordReview.zh) })).toBeNull();
  });
});
