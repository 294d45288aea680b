// @vitest-environment happy-dom
import { parseStandardNumber } from '@cloudstd/shared/domain/standard-number';
import { checkMilestoneOrder } from '@cloudstd/shared/domain/standard-status';
import type { Framework } from '@cloudstd/shared/schemas/framework';
import { fieldErrorsFromIssues } from '@cloudstd/shared/schemas/messages';
import { createStandardInputSchema } from '@cloudstd/shared/schemas/standard';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getDirectionsQueryOptions } from '../../../api/get-directions.ts';
import { getFrameworkQueryOptions } from '../../../api/get-framework.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { renderInApp, testQueryClient } from '../../../testing/render.tsx';
import { suggestDirectionsQueryOptions } from '../api/suggest-directions.ts';
import { standardsMessages as m } from '../messages.ts';
import { emptyStandardFormValues, formValuesToInput, type StandardFormValues } from '../utils/standard-form-values.ts';
import { milestoneLabels } from '../utils/standard-labels.ts';
import { StandardForm } from './standard-form.tsx';

const framework: Framework = {
  key: 'test',
  isDefault: true,
  nameZh: '测试指南',
  nameEn: 'Test guide',
  edition: '2026',
  issuedOn: null,
  source: null,
  directionCount: 2,
  parts: [
    {
      code: '01',
      kind: 'part',
      nameZh: '基础',
      nameEn: 'Foundations',
      scope: null,
      children: [
        { code: '01.1', kind: 'direction', nameZh: '术语', nameEn: 'Vocabulary', scope: null, children: [] },
        {
          code: '01.2',
          kind: 'direction',
          nameZh: '参考架构',
          nameEn: 'Reference architecture',
          scope: null,
          children: [],
        },
      ],
    },
  ],
};

function renderForm(overrides: { initialValues?: Partial<StandardFormValues>; error?: unknown } = {}) {
  const onSubmit = vi.fn<(values: StandardFormValues) => void>();
  const queryClient = testQueryClient();
  queryClient.setQueryData(getFrameworkQueryOptions().queryKey, framework);
  renderInApp(
    <StandardForm
      initialValues={{ ...emptyStandardFormValues, ...overrides.initialValues }}
      onSubmit={onSubmit}
      onCancel={() => undefined}
      submitting={false}
      error={overrides.error ?? null}
    />,
    queryClient,
  );
  const user = userEvent.setup();
  // One paste instead of a keystroke each: the form reacts the same, the test runs far faster.
  const enter = async (input: HTMLElement, text: string) => {
    await user.click(input);
    await user.paste(text);
  };
  return { onSubmit, user, enter };
}

const save = () => screen.getByRole('button', { name: m.save.zh });
const numberInput = () => screen.getByLabelText(m.number.zh);

describe('the standard form', () => {
  it('reads a typed number back as it will be stored: canonical form and level', async () => {
    const { enter } = renderForm();
    await enter(numberInput(), 'gb/t 32400-2015');
    const preview = await screen.findByTestId('number-preview');
    expect(preview.textContent).toContain('GB/T 32400-2015');
    expect(preview.textContent).toContain('国家标准');
  });

  it('says in Chinese, at once, why a number does not parse', async () => {
    const { enter } = renderForm();
    await enter(numberInput(), 'GB/T abc');
    const parsed = parseStandardNumber('GB/T abc');
    if (parsed.ok) throw new Error('the fixture number must be invalid');
    const preview = await screen.findByTestId('number-preview');
    expect(preview.getAttribute('data-valid')).toBe('false');
    expect(preview.textContent).toBe(parsed.error.messageZh);
  });

  it('refuses to save without a title, with the shared schema’s Chinese message, and sends nothing', async () => {
    const { user, onSubmit } = renderForm({ initialValues: { directions: ['01.1'] } });
    await user.click(save());
    const result = createStandardInputSchema.shape.titleZh.safeParse('');
    const [expected] = result.success ? [] : fieldErrorsFromIssues(result.error.issues);
    expect(expected).toBeDefined();
    expect(await screen.findByText(expected?.messageZh ?? '')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses milestone dates out of order, on the date that breaks the order', async () => {
    const dates = { approvedOn: '2020-05-01', publishedOn: '2019-01-01' };
    const { user, onSubmit } = renderForm({
      initialValues: { number: 'GB/T 32400-2015', titleZh: '概览与词汇', directions: ['01.1'], ...dates },
    });
    await user.click(save());
    const problems = checkMilestoneOrder(
      {
        approvedOn: dates.approvedOn,
        draftOn: null,
        submittedOn: null,
        publishedOn: dates.publishedOn,
        inForceOn: null,
        withdrawnOn: null,
      },
      true,
    );
    expect(problems.length).toBeGreaterThan(0);
    expect(await screen.findByText(problems[0]?.messageZh ?? '')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('keeps a date that does not exist as typed, says so, and saves nothing', async () => {
    const { user, enter, onSubmit } = renderForm({
      initialValues: { number: 'GB/T 32400-2015', titleZh: '概览与词汇', directions: ['01.1'] },
    });
    const published = screen.getByLabelText(milestoneLabels.publishedOn.zh);
    await enter(published, '2025-02-30');
    await user.click(save());
    expect(await screen.findByText('日期“2025-02-30”不存在')).toBeTruthy();
    expect((published as HTMLInputElement).value).toBe('2025-02-30');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('writes a date typed in another common form as YYYY-MM-DD when the field is left', async () => {
    const { user, enter, onSubmit } = renderForm({
      initialValues: { number: 'GB/T 32400-2015', titleZh: '概览与词汇', directions: ['01.1'] },
    });
    const published = screen.getByLabelText(milestoneLabels.publishedOn.zh);
    await enter(published, '2015/12/31');
    await user.tab();
    expect((published as HTMLInputElement).value).toBe('2015-12-31');
    await user.click(save());
    await waitFor(() => {
      expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ publishedOn: '2015-12-31' }));
    });
  });

  it('shows the chosen directions by code and name', () => {
    renderForm({ initialValues: { directions: ['01.2'] } });
    expect(screen.getByText(/01\.2 参考架构/)).toBeTruthy();
  });

  it('submits what the user entered, which becomes the API body the server expects', async () => {
    const { user, enter, onSubmit } = renderForm({ initialValues: { directions: ['01.1'] } });
    await enter(numberInput(), 'gb/t 32400-2015');
    await enter(screen.getByLabelText(m.titleZh.zh), '信息技术 云计算 概览与词汇');
    await user.click(save());
    await waitFor(() => {
      expect(onSubmit).toHaveBeenCalledTimes(1);
    });
    const body = formValuesToInput(onSubmit.mock.calls[0]![0]);
    expect(body).toMatchObject({
      number: 'GB/T 32400-2015',
      planNumber: null,
      titleZh: '信息技术 云计算 概览与词汇',
      kind: 'new',
      replaces: [],
      directions: ['01.1'],
      international: null,
    });
    // A numbered standard's level follows from its number; the form does not send one.
    expect(body).not.toHaveProperty('level');
  });

  it('puts the server’s field errors under their fields and asks to fix them', async () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', {
      type: 'about:blank',
      title: 'Invalid input',
      titleZh: '输入有误',
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'committee', messageZh: '委员会代号有误（服务器）', messageEn: 'Bad committee (server)' }],
    });
    renderForm({ initialValues: { titleZh: '标题', directions: ['01.1'] }, error });
    expect(await screen.findByText('委员会代号有误（服务器）')).toBeTruthy();
    expect(screen.getByText(m.fixErrors.zh)).toBeTruthy();
  });

  it('offers to record a later edition as the revision of the registered one, in one click', async () => {
    const error = new ApiError(409, 'REVISION_SUSPECTED', {
      type: 'about:blank',
      title: 'An earlier edition of this number is recorded: record it as a revision',
      titleZh: '该标准号的较早版本已登记，应按修订登记',
      status: 409,
      code: 'REVISION_SUSPECTED',
      earlier: [{ id: 7, number: 'GB/T 32399-2015', titleZh: '信息技术 云计算 参考架构' }],
    });
    const { onSubmit, user } = renderForm({
      initialValues: { number: 'GB/T 32399-2024', titleZh: '信息技术 云计算 参考架构', directions: ['01.2'] },
      error,
    });
    expect((await screen.findByTestId('revision-proposal')).textContent).toContain('GB/T 32399-2015');
    await user.click(screen.getByRole('button', { name: '按修订登记（代替 GB/T 32399-2015）' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ kind: 'revision', replaces: ['GB/T 32399-2015'] });
  });

  describe('the plan (计划)', () => {
    const project = {
      planNumber: '20230390-T-339',
      titleZh: '信息技术 云计算 计划项目',
      directions: ['01.1'],
      approvedOn: '2023-06-01',
    };

    it('shows the due date the issue date and period give, moved by the latest extension', () => {
      renderForm({
        initialValues: {
          ...project,
          planIssuedOn: '2023-06-15',
          planPeriodMonths: 24,
          planExtensions: [{ grantedOn: '2025-05-20', dueOn: '2026-06-30', reason: '等待国际标准' }],
        },
      });
      expect(screen.getByTestId('plan-due-on').textContent).toBe('2026-06-30');
    });

    it('refuses an extension granted before the plan was issued, with the server’s rule: nothing submitted', async () => {
      const { user, onSubmit } = renderForm({
        initialValues: {
          ...project,
          planIssuedOn: '2023-06-15',
          planPeriodMonths: 24,
          planExtensions: [{ grantedOn: '2023-01-01', dueOn: '2026-06-30', reason: '等待国际标准' }],
        },
      });
      await user.click(save());
      expect(await screen.findByText(/不能早于计划下达日期/)).toBeTruthy();
      expect(onSubmit).not.toHaveBeenCalled();
    });

    it('refuses a period without an issue date, and a period of no months', async () => {
      const { user, onSubmit } = renderForm({ initialValues: { ...project, planPeriodMonths: 12 } });
      await user.click(save());
      expect(await screen.findByText('填写项目周期或延期时须填写计划下达日期')).toBeTruthy();
      expect(onSubmit).not.toHaveBeenCalled();
    });

    it('submits the plan and the drafting organisations as the API takes them', async () => {
      const { user, onSubmit } = renderForm({
        initialValues: {
          ...project,
          planIssuedOn: '2023-06-15',
          planPeriodMonths: 24,
          draftingOrganisations: ['中国电子技术标准化研究院'],
        },
      });
      await user.click(save());
      await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
      const values = onSubmit.mock.calls[0]?.[0];
      if (!values) throw new Error('not submitted');
      expect(formValuesToInput(values)).toMatchObject({
        planIssuedOn: '2023-06-15',
        planPeriodMonths: 24,
        planExtensions: [],
        draftingOrganisations: ['中国电子技术标准化研究院'],
      });
    });
  });
});

describe('suggested directions under the title', () => {
  it('offers the suggestions as chips with their reasons, and adds one to the directions in one click', async () => {
    const onSubmit = vi.fn<(values: StandardFormValues) => void>();
    const queryClient = testQueryClient();
    queryClient.setQueryData(getFrameworkQueryOptions().queryKey, framework);
    queryClient.setQueryData(getDirectionsQueryOptions().queryKey, [
      {
        code: '01.2',
        nameZh: '参考架构',
        nameEn: 'Reference architecture',
        partCode: '01',
        groupCode: null,
        path: { zh: '参考架构', en: 'Reference architecture' },
        scope: null,
      },
    ]);
    queryClient.setQueryData(suggestDirectionsQueryOptions({ titleZh: '信息技术 云计算 参考架构' }).queryKey, {
      framework: 'test',
      items: [
        {
          code: '01.2',
          score: 0.6,
          reasons: [{ kind: 'name', words: ['参考架构'], messageZh: '标题中的“参考架构”见于方向名称', messageEn: 'x' }],
        },
      ],
    });
    renderInApp(
      <StandardForm
        initialValues={{ ...emptyStandardFormValues, number: 'GB/T 32399-2015', titleZh: '信息技术 云计算 参考架构' }}
        onSubmit={onSubmit}
        onCancel={() => undefined}
        submitting={false}
        error={null}
      />,
      queryClient,
    );
    const user = userEvent.setup();
    const chip = await screen.findByTestId('suggestion-01.2');
    expect(chip.textContent).toContain('参考架构');
    await user.click(chip);
    await user.click(save());
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0].directions).toEqual(['01.2']);
  });
});
