// @vitest-environment happy-dom
import type { TargetSet } from '@cloudstd/shared/schemas/target-set';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderInApp } from '../../../testing/render.tsx';
import { adminMessages as m } from '../messages.ts';
import { TargetSetForm } from './target-set-form.tsx';

const targetSet: TargetSet = {
  key: 'goals-2027',
  nameZh: '2027 年目标',
  nameEn: '2027 goals',
  source: null,
  isDefault: false,
  standardsGoal: 40,
  standardsStretch: 50,
  windowStart: '2025-01-01',
  windowEnd: '2027-12-31',
  countedLevels: ['national', 'industry'],
  countedKinds: ['new', 'revision'],
  enterprisesGoal: null,
  enterprisesDue: null,
  enterpriseCounting: 'reached',
  partsGoal: null,
  framework: 'cloud-computing-2025',
  milestones: [],
  version: 4,
  updatedAt: '2026-11-20T02:00:00.000Z',
};

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function renderForm(set: TargetSet = targetSet) {
  const onDone = vi.fn();
  renderInApp(<TargetSetForm targetSet={set} onDone={onDone} />);
  return { onDone, user: userEvent.setup() };
}

const save = () => screen.getByRole('button', { name: /保\s*存/ });
/** A number input takes a whole new value, as typing it over the old one would. */
const setNumber = (label: string, value: string) => {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
};
/** The body of the one PATCH sent. */
const sentBody = () => {
  expect(fetchMock).toHaveBeenCalledTimes(1);
  const [url, init] = fetchMock.mock.calls[0]!;
  expect(url).toBe('/api/v1/target-sets/goals-2027');
  expect(init?.method).toBe('PATCH');
  expect(typeof init?.body).toBe('string');
  return JSON.parse(init?.body as string) as Record<string, unknown>;
};

describe('the target-set form', () => {
  it('sends only what changed, against the version it edits', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ ...targetSet, standardsGoal: 45, version: 5 }));
    const { user, onDone } = renderForm();
    setNumber(m.standardsGoal.zh, '45');
    await user.click(save());
    await waitFor(() => {
      expect(onDone).toHaveBeenCalled();
    });
    expect(sentBody()).toEqual({ standardsGoal: 45, version: 4 });
  });

  it('saves nothing when nothing changed', async () => {
    const { user, onDone } = renderForm();
    await user.click(save());
    await waitFor(() => {
      expect(onDone).toHaveBeenCalled();
    });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refuses a stretch goal below the minimum, in Chinese, and sends nothing', async () => {
    const { user } = renderForm();
    setNumber(m.standardsGoal.zh, '60');
    await user.click(save());
    expect(await screen.findByText(m.stretchBelowGoal.zh)).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refuses a window that ends before it starts', async () => {
    const { user } = renderForm({ ...targetSet, windowStart: '2028-01-01' });
    await user.click(save());
    expect(await screen.findByText(m.windowBackwards.zh)).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('after a version conflict, reloads the newer version and lists the changes that were not saved', async () => {
    const current = { ...targetSet, nameZh: '2027 年目标（修订）', version: 5 };
    fetchMock.mockResolvedValue(
      jsonResponse(
        {
          type: 'about:blank',
          title: 'Version conflict',
          titleZh: '版本冲突',
          status: 409,
          code: 'VERSION_CONFLICT',
          current,
        },
        409,
      ),
    );
    const { user, onDone } = renderForm();
    setNumber(m.standardsGoal.zh, '45');
    await user.click(save());
    const alert = await screen.findByTestId('target-set-conflict');
    expect(alert.textContent).toContain(m.conflictTitle.zh);
    expect(alert.textContent).toContain('标准数量最低目标：45');
    expect(screen.getByLabelText<HTMLInputElement>(m.nameZh.zh).value).toBe('2027 年目标（修订）');
    expect(screen.getByLabelText<HTMLInputElement>(m.standardsGoal.zh).value).toBe('40');
    expect(onDone).not.toHaveBeenCalled();

    // Saving again goes against the version now in the form.
    fetchMock.mockReset();
    fetchMock.mockResolvedValue(jsonResponse({ ...current, standardsGoal: 45, version: 6 }));
    setNumber(m.standardsGoal.zh, '45');
    await user.click(save());
    await waitFor(() => {
      expect(onDone).toHaveBeenCalled();
    });
    expect(sentBody()).toEqual({ standardsGoal: 45, version: 5 });
  });
});
