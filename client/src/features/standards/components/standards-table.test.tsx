// @vitest-environment happy-dom
import { standardLevelLabels, standardStatusLabels } from '@cloudstd/shared/domain/labels';
import type { Direction } from '@cloudstd/shared/schemas/framework';
import type { Standard } from '@cloudstd/shared/schemas/standard';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderInApp } from '../../../testing/render.tsx';
import { standardsMessages as m } from '../messages.ts';
import { defaultStandardsQuery, type StandardsQuery } from '../utils/standards-query.ts';
import { buildStandard } from '../utils/testing.ts';
import { StandardsTable } from './standards-table.tsx';

const standards: Standard[] = [
  buildStandard(),
  buildStandard({
    id: 8,
    number: null,
    planNumber: '20230001-T-469',
    level: 'national',
    status: 'approved',
    titleZh: '云计算 在研项目',
    publishedOn: null,
    inForceOn: null,
  }),
  buildStandard({
    id: 9,
    number: null,
    planNumber: null,
    level: 'group',
    status: 'withdrawn',
    titleZh: '已废止的团体标准',
  }),
];
const directions = new Map<string, Direction>([
  [
    '01.1',
    {
      code: '01.1',
      nameZh: '术语',
      nameEn: 'Vocabulary',
      partCode: '01',
      groupCode: null,
      path: { zh: '术语', en: 'Vocabulary' },
      scope: null,
    },
  ],
]);

function renderTable(query: StandardsQuery = defaultStandardsQuery, onRestore?: (standard: Standard) => void) {
  const onChange = vi.fn<(changes: Partial<StandardsQuery>) => void>();
  renderInApp(
    <StandardsTable
      standards={standards}
      total={3}
      query={query}
      loading={false}
      directions={directions}
      onChange={onChange}
      onRestore={onRestore}
      restoringId={null}
      empty="empty"
    />,
  );
  return { onChange, user: userEvent.setup() };
}

const rowOf = (title: string) => {
  const row = screen.getByText(title).closest('tr');
  if (!row) throw new Error(`${title} is not listed`);
  return row;
};

describe('the standards table', () => {
  it('names each standard by its number, else its plan number, else says it has none, and links to it', () => {
    renderTable();
    const numbered = within(rowOf('信息技术 云计算 概览与词汇'));
    expect(numbered.getByText('GB/T 32400-2015').closest('a')?.getAttribute('href')).toBe('/standards/7');
    expect(rowOf('云计算 在研项目').textContent).toContain(`${m.planNumberShort.zh} 20230001-T-469`);
    expect(rowOf('已废止的团体标准').textContent).toContain(m.noNumber.zh);
  });

  it('says level and status in the product’s words, and greys out a withdrawn standard', () => {
    renderTable();
    const planned = rowOf('云计算 在研项目');
    expect(planned.textContent).toContain(standardLevelLabels.national.zh);
    expect(planned.textContent).toContain(standardStatusLabels.approved.zh);
    const withdrawn = rowOf('已废止的团体标准');
    expect(withdrawn.textContent).toContain(standardStatusLabels.withdrawn.zh);
    expect(withdrawn.className).toContain('standard-row-withdrawn');
    expect(planned.className).not.toContain('standard-row-withdrawn');
  });

  it('asks for the list sorted by a column when its header is clicked, from the first page', async () => {
    const { onChange, user } = renderTable({ ...defaultStandardsQuery, page: 3 });
    await user.click(screen.getByRole('columnheader', { name: new RegExp(m.title.zh) }));
    expect(onChange).toHaveBeenCalledWith({ sort: 'titleZh', order: 'asc', page: 1 });
  });

  it('offers a restore button per row in the deleted view only', async () => {
    const onRestore = vi.fn<(standard: Standard) => void>();
    const { user } = renderTable({ ...defaultStandardsQuery, deleted: 'only' }, onRestore);
    await user.click(screen.getByRole('button', { name: `${m.restore.zh} 20230001-T-469` }));
    expect(onRestore).toHaveBeenCalledWith(standards[1]);
  });

  it('has no restore buttons in the ordinary list', () => {
    renderTable(defaultStandardsQuery, vi.fn());
    expect(screen.queryByRole('button', { name: new RegExp(m.restore.zh) })).toBeNull();
  });
});
