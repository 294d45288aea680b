import { CheckCircleOutlined, FileSearchOutlined } from '@ant-design/icons';
import type { AnnouncementImportInput, AnnouncementRow } from '@cloudstd/shared/schemas/import';
import {
  Button,
  Card,
  Checkbox,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useMemo, useState } from 'react';
import { useDirections } from '../../../api/get-directions.ts';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useCheckAnnouncement, useCommitAnnouncement } from '../api/import-announcement.ts';
import { useReadAnnouncement } from '../api/read-announcement.ts';
import { importMessages as m } from '../messages.ts';
import { suggestedCount, writableCount } from '../utils/import-rows.ts';
import { ImportDone } from './import-done.tsx';
import { ImportRowsTable } from './import-rows-table.tsx';
import { ImportTotals } from './import-totals.tsx';

/** What the editor decided for a row: chosen or not, and its directions (untouched: the suggestion). */
interface RowChoice {
  selected: boolean;
  directions: string[];
  edited: boolean;
}

function initialChoices(rows: readonly AnnouncementRow[]): Map<number, RowChoice> {
  return new Map(
    rows.map((row) => [
      row.line,
      { selected: row.selected, directions: row.suggestions.slice(0, 1).map((item) => item.code), edited: false },
    ]),
  );
}

/**
 * Paste an announcement: the text and its publication date → every row read, the cloud ones ticked with
 * their suggested directions (editable) → the chosen rows' dry run → one import of them all.
 */
export function AnnouncementWorkflow() {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const [publishedOn, setPublishedOn] = useState('');
  const [choices, setChoices] = useState<Map<number, RowChoice>>(new Map());
  const [confirmed, setConfirmed] = useState(false);
  const read = useReadAnnouncement();
  const check = useCheckAnnouncement();
  const commit = useCommitAnnouncement();
  const directions = useDirections(read.data?.framework);
  const options = useMemo(
    () =>
      (directions.data ?? []).map((direction) => ({
        value: direction.code,
        label: `${direction.code} ${lang === 'zh' ? direction.path.zh : direction.path.en}`,
      })),
    [directions.data, lang],
  );
  const rows = read.data?.rows ?? [];
  const chosen = rows.filter((row) => choices.get(row.line)?.selected);

  const startOver = () => {
    read.reset();
    check.reset();
    commit.reset();
    setChoices(new Map());
    setConfirmed(false);
  };
  const update = (line: number, change: Partial<RowChoice>) => {
    check.reset();
    setConfirmed(false);
    setChoices((current) => {
      const next = new Map(current);
      const before = next.get(line) ?? { selected: false, directions: [], edited: false };
      next.set(line, { ...before, ...change });
      return next;
    });
  };
  const input = (): AnnouncementImportInput => ({
    publishedOn,
    ...(read.data ? { framework: read.data.framework } : {}),
    rows: chosen.map((row) => {
      const choice = choices.get(row.line);
      return {
        line: row.line,
        number: row.number ?? row.numberText,
        titleZh: row.titleZh,
        replaces: row.replaces,
        inForceOn: row.inForceOn,
        directions: choice?.directions ?? [],
        suggested: !(choice?.edited ?? false),
      };
    }),
  });

  if (commit.data) return <ImportDone report={commit.data} onAgain={startOver} />;

  const columns: TableColumnsType<AnnouncementRow> = [
    {
      key: 'selected',
      title: t(m.announcementChoose),
      width: 70,
      render: (_, row) => (
        <Checkbox
          checked={choices.get(row.line)?.selected ?? false}
          disabled={row.errors.length > 0}
          aria-label={t(m.announcementChooseRow, { number: row.numberText })}
          onChange={(event) => update(row.line, { selected: event.target.checked })}
        />
      ),
    },
    { key: 'sequence', title: t(m.announcementSequence), width: 60, render: (_, row) => row.sequence ?? '' },
    {
      key: 'number',
      title: t(m.announcementNumber),
      width: 160,
      render: (_, row) => row.number ?? <Typography.Text type="danger">{row.numberText}</Typography.Text>,
    },
    {
      key: 'title',
      title: t(m.announcementTitle),
      render: (_, row) => (
        <>
          <div>{row.titleZh}</div>
          {row.errors.map((error, index) => (
            <Typography.Text key={index} type="danger" className="announcement-error">
              {lang === 'zh' ? error.messageZh : error.messageEn}
            </Typography.Text>
          ))}
        </>
      ),
    },
    { key: 'replaces', title: t(m.announcementReplaces), width: 150, render: (_, row) => row.replaces.join('、') },
    { key: 'inForceOn', title: t(m.announcementInForce), width: 110, render: (_, row) => row.inForceOn ?? '' },
    {
      key: 'relevance',
      title: t(m.announcementRelevance),
      width: 90,
      render: (_, row) => (
        <Tooltip title={row.relevanceWords.join('、')}>
          <Tag color={row.relevance >= 0.5 ? 'blue' : 'default'}>{Math.round(row.relevance * 100)}%</Tag>
        </Tooltip>
      ),
    },
    {
      key: 'directions',
      title: t(m.announcementDirections),
      width: 280,
      render: (_, row) => {
        const choice = choices.get(row.line);
        if (!choice?.selected) return null;
        return (
          <Space direction="vertical" size={2} className="announcement-directions">
            <Select
              mode="multiple"
              size="small"
              className="announcement-direction-select"
              value={choice.directions}
              options={options}
              optionFilterProp="label"
              aria-label={t(m.announcementDirectionsOf, { number: row.numberText })}
              onChange={(codes: string[]) => update(row.line, { directions: codes, edited: true })}
            />
            {!choice.edited && choice.directions.length > 0 && (
              <Tooltip
                title={row.suggestions[0]?.reasons
                  .slice(0, 4)
                  .map((reason) => (lang === 'zh' ? reason.messageZh : reason.messageEn))
                  .join('；')}
              >
                <Tag color="gold">{t(m.suggestedCheck)}</Tag>
              </Tooltip>
            )}
          </Space>
        );
      },
    },
  ];

  const report = check.data;
  const suggested = report ? suggestedCount(report.rows) : 0;
  return (
    <>
      <Card className="import-card">
        <Typography.Title level={2} className="section-title">
          {t(m.announcementHeading)}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t(m.announcementHint)}</Typography.Paragraph>
        <Input.TextArea
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoSize={{ minRows: 6, maxRows: 16 }}
          aria-label={t(m.announcementText)}
          placeholder={t(m.announcementPlaceholder)}
          data-testid="announcement-text"
        />
        <Space wrap className="announcement-toolbar">
          <label>
            {t(m.announcementPublishedOn)}{' '}
            <input
              type="date"
              value={publishedOn}
              onChange={(event) => {
                setPublishedOn(event.target.value);
                check.reset();
              }}
              data-testid="announcement-published-on"
            />
          </label>
          <Button
            icon={<FileSearchOutlined aria-hidden />}
            disabled={text.trim() === '' || read.isPending}
            loading={read.isPending}
            onClick={() => {
              check.reset();
              read.mutate(
                { text },
                {
                  onSuccess: (reading) => {
                    setChoices(initialChoices(reading.rows));
                  },
                },
              );
            }}
          >
            {t(m.announcementRead)}
          </Button>
        </Space>
        {read.isError && <ApiErrorAlert error={read.error} className="import-alert" />}
      </Card>
      {read.data && (
        <Card className="import-card">
          <Space wrap className="announcement-toolbar">
            <Typography.Text>
              {t(m.announcementTotals, {
                rows: read.data.totals.rows,
                selected: chosen.length,
                errors: read.data.totals.errors,
              })}
            </Typography.Text>
            <Button
              type="primary"
              disabled={chosen.length === 0 || publishedOn === '' || check.isPending}
              loading={check.isPending}
              onClick={() => check.mutate(input())}
            >
              {t(m.announcementCheck, { count: chosen.length })}
            </Button>
            {publishedOn === '' && <Typography.Text type="secondary">{t(m.announcementNeedsDate)}</Typography.Text>}
          </Space>
          <Table
            rowKey="line"
            size="small"
            columns={columns}
            dataSource={rows}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            rowClassName={(row) => (choices.get(row.line)?.selected ? 'announcement-row-chosen' : '')}
          />
        </Card>
      )}
      {check.isError && <ApiErrorAlert error={check.error} className="import-alert" />}
      {report && (
        <Card className="import-card" data-testid="announcement-report">
          <ImportTotals totals={report.totals} />
          {commit.isError && <ApiErrorAlert error={commit.error} className="import-alert" />}
          <Space wrap className="import-toolbar-actions">
            {suggested > 0 && (
              <Checkbox checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)}>
                {t(m.confirmSuggested, { count: suggested })}
              </Checkbox>
            )}
            <Button
              type="primary"
              icon={<CheckCircleOutlined aria-hidden />}
              disabled={report.totals.error > 0 || writableCount(report) === 0 || (suggested > 0 && !confirmed)}
              loading={commit.isPending}
              onClick={() => commit.mutate(input())}
            >
              {t(m.commit, { count: writableCount(report) })}
            </Button>
          </Space>
          <ImportRowsTable report={report} errorsOnly={false} label={t(m.rowsLabel)} />
        </Card>
      )}
    </>
  );
}
