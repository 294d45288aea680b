import { SearchOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Tabs, Tag } from 'antd';
import { useDeferredValue, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { FrameworkSwitcher } from '../../../components/framework-switcher.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoading } from '../../../components/page-loading.tsx';
import { formatCalendarDate } from '../../../lib/format.ts';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { useFramework } from '../../../api/get-framework.ts';
import { useUnplaced } from '../api/get-unplaced.ts';
import { FrameworkPart } from '../components/framework-part.tsx';
import { UnplacedStandards } from '../components/unplaced-standards.tsx';
import { frameworkMessages as m } from '../messages.ts';
import { countDirections, filterFramework } from '../utils/filter-framework.ts';

const SEARCH_ID = 'direction-search';

export function DirectionsPage() {
  const { t, lang } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  // The edition shown lives in the URL (`?framework=`), like the search; none: the default edition.
  const frameworkKey = searchParams.get('framework') ?? undefined;
  const framework = useFramework(frameworkKey);
  const query = searchParams.get('q') ?? '';
  const setFrameworkKey = (key: string) => {
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      params.set('framework', key);
      return params;
    });
  };
  const switcher = <FrameworkSwitcher value={frameworkKey} onChange={setFrameworkKey} />;
  const deferredQuery = useDeferredValue(query);
  // The tab lives in the URL too (`?tab=unplaced`), so a link can open the not-placed list.
  const tab = searchParams.get('tab') === 'unplaced' ? 'unplaced' : 'directions';
  const setTab = (next: string) => {
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      if (next === 'unplaced') params.set('tab', next);
      else params.delete('tab');
      return params;
    });
  };
  const unplaced = useUnplaced(framework.data?.key);

  const setQuery = (next: string) => {
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (next) params.set('q', next);
        else params.delete('q');
        return params;
      },
      { replace: true },
    );
  };

  const parts = useMemo(
    () => (framework.data ? filterFramework(framework.data.parts, deferredQuery) : []),
    [framework.data, deferredQuery],
  );

  if (framework.isPending) {
    return (
      <>
        <PageHeader title={t(m.pageTitle)} extra={switcher} />
        <PageLoading />
      </>
    );
  }
  if (framework.isError) {
    return (
      <>
        <PageHeader title={t(m.pageTitle)} extra={switcher} />
        <ApiErrorAlert error={framework.error} onRetry={() => void framework.refetch()} />
      </>
    );
  }

  const data = framework.data;
  const total = data.directionCount;
  const shown = countDirections(parts);
  const filtering = deferredQuery.trim() !== '';
  const outline = (
    <>
      <Card className="framework-toolbar">
        <div className="framework-search">
          <label htmlFor={SEARCH_ID} className="framework-search-label">
            {t(m.searchLabel)}
          </label>
          <Input
            id={SEARCH_ID}
            type="search"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
            }}
            placeholder={t(m.searchPlaceholder)}
            prefix={<SearchOutlined aria-hidden />}
            allowClear
            aria-describedby="direction-search-result"
            autoComplete="off"
          />
          <p id="direction-search-result" className="framework-search-result" role="status" aria-live="polite">
            {filtering ? t(m.searchResult, { shown, total }) : t(m.directionCount, { count: total })}
          </p>
        </div>
        <nav aria-label={t(m.partsNav)} className="framework-part-nav">
          <ul>
            {data.parts.map((part) => (
              <li key={part.code}>
                <a href={`#part-${part.code}`}>
                  <span className="node-code">{part.code}</span> {pick(lang, part.nameZh, part.nameEn)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </Card>

      <div data-testid="direction-list" className="framework-outline">
        {parts.map((part) => (
          <FrameworkPart key={part.code} part={part} query={deferredQuery} />
        ))}
      </div>
      {parts.length === 0 && (
        <Card>
          <Empty description={t(m.noMatch, { query: deferredQuery.trim() })}>
            <Button
              onClick={() => {
                setQuery('');
              }}
            >
              {t(m.clearSearch)}
            </Button>
          </Empty>
        </Card>
      )}
    </>
  );

  return (
    <>
      <PageHeader
        title={t(m.pageTitle)}
        extra={switcher}
        subtitle={
          <>
            <p className="framework-name">{pick(lang, data.nameZh, data.nameEn)}</p>
            <p className="framework-meta">
              <Tag>
                {t(m.edition)}: {data.edition}
              </Tag>
              {data.issuedOn && (
                <Tag>
                  {t(m.issuedOn)}: {formatCalendarDate(data.issuedOn)}
                </Tag>
              )}
              <Tag color="blue">{t(m.partCount, { count: data.parts.length })}</Tag>
              <Tag color="blue" data-testid="direction-count">
                {t(m.directionCount, { count: total })}
              </Tag>
            </p>
            {data.source && (
              <p className="framework-source">
                {t(m.source)}: <span lang="zh-CN">{data.source}</span>
              </p>
            )}
            {lang === 'en' && <p className="framework-source">{t(m.scopeInChinese)}</p>}
          </>
        }
      />

      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'directions', label: t(m.tabDirections), children: outline },
          {
            key: 'unplaced',
            label: t(m.tabUnplaced, { count: unplaced.data?.items.length ?? '…' }),
            children: <UnplacedStandards frameworkKey={data.key} />,
          },
        ]}
      />
    </>
  );
}
