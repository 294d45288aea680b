// @vitest-environment happy-dom
import { progressStatusLabels } from '@cloudstd/shared/domain/labels';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp } from '../../../testing/render.tsx';
import { StatusBadge } from './status-badge.tsx';

describe('the progress status badge', () => {
  it('says the vocabulary’s words, the same as the PDF (存在风险, not 有风险)', () => {
    renderInApp(<StatusBadge status="at_risk" />);
    const badge = screen.getByText(progressStatusLabels.at_risk.zh);
    expect(badge.textContent).toContain('存在风险');
    expect(screen.queryByText(/有风险/)).toBeNull();
  });

  it('says each status in words, with its status for styling', () => {
    for (const status of ['achieved', 'on_track', 'behind'] as const) {
      const { container, unmount } = renderInApp(<StatusBadge status={status} />);
      expect(container.querySelector(`[data-status="${status}"]`)?.textContent).toContain(
        progressStatusLabels[status].zh,
      );
      unmount();
    }
  });
});
