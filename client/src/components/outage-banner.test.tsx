// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api-client.ts';
import { reportOutage, reportServerAnswered } from '../lib/outage.ts';
import { renderInApp } from '../testing/render.tsx';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { OutageScope } from './outage-banner.tsx';

const unreachable = new ApiError(0, 'NETWORK_ERROR', null);
const refused = new ApiError(400, 'VALIDATION_FAILED', {
  type: 'urn:cloudstd:problem:validation-failed',
  title: 'Invalid input',
  titleZh: '输入有误',
  status: 400,
  code: 'VALIDATION_FAILED',
});
const noop = () => undefined;

afterEach(() => {
  reportServerAnswered();
});

describe('during an outage', () => {
  it('shows one banner instead of one alert per failed section; a failed write still says so', () => {
    reportOutage(noop);
    renderInApp(
      <OutageScope>
        <ApiErrorAlert error={unreachable} onRetry={noop} />
        <ApiErrorAlert error={unreachable} onRetry={noop} />
        <ApiErrorAlert error={refused} onRetry={noop} />
        <ApiErrorAlert error={unreachable} />
      </OutageScope>,
    );
    const alerts = screen.getAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent)).toEqual([
      expect.stringContaining('暂时无法连接服务器'),
      expect.stringContaining('输入有误'),
      expect.stringContaining('无法连接到服务器'),
    ]);
    expect(screen.getAllByRole('button', { name: /^重\s?试$/ })).toHaveLength(2); // the banner's and the refusal's
  });

  it('leaves the sections their alerts outside the shell (sign-in check) and when no outage is known', () => {
    reportOutage(noop);
    const outside = renderInApp(<ApiErrorAlert error={unreachable} onRetry={noop} />);
    expect(screen.getByRole('alert').textContent).toContain('无法连接到服务器');
    outside.unmount();

    reportServerAnswered();
    renderInApp(
      <OutageScope>
        <ApiErrorAlert error={unreachable} onRetry={noop} />
      </OutageScope>,
    );
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('alert').textContent).toContain('无法连接到服务器');
  });
});
