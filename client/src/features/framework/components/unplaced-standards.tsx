import { directionLabel } from '@cloudstd/shared/domain/direction-name';
import type { Direction, UnplacedList } from '@cloudstd/shared/schemas/framework';
import { roleAllows } from '@cloudstd/shared/schemas/user';
import { App, Button, Card, Empty, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { useAllDirections, useDirections } from '../../../api/get-directions.ts';
import { useUpdatePlacement } from '../../../api/update-placement.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { standardUrl } from '../../../lib/standards-link.ts';
import { useUnplaced } from '../api/get-unplaced.ts';
import { frameworkMessages as m } from '../messages.ts';

type Unplaced = UnplacedList['items'][number];

function nameOf(standard: Unplaced): string {
  return standard.number ?? standard.planNumber ?? standard.titleZh;
}

/**
 * The standards an edition cannot place through its crosswalk ("not placed"), each with the directions it is
 * filed under; an editor places one under this edition's directions (an audited override), a viewer reads.
 */
export function UnplacedStandards({ frameworkKey }: { frameworkKey: string }) {
  const { t, lang } = useI18n();
  const unplaced = useUnplaced(frameworkKey);
  const all = useAllDirections();
  const canWrite = roleAllows(useCurrentUser().role, 'editor');

  if (unplaced.isError) return <ApiErrorAlert error={unplaced.error} onRetry={() => void unplaced.refetch()} />;
  const label = (code: string) => {
    const direction = all.data.get(code);
    return direction ? directionLabel(direction, lang) : code;
  };
  return (
    <Card>
      <p className="framework-source">{t(m.unplacedIntro)}</p>
      <Table<Unplaced>
        rowKey="id"
        loading={unplaced.isPending}
        dataSource={unplaced.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t(m.unplacedNone)} /> }}
        columns={[
          {
            key: 'standard',
            title: t(m.unplacedStandard),
            render: (_, standard) => <Link to={standardUrl(standard.id)}>{nameOf(standard)}</Link>,
          },
          { key: 'title', title: t(m.unplacedTitle), dataIndex: 'titleZh' },
          {
            key: 'filed',
            title: t(m.unplacedFiledUnder),
            render: (_, standard) => (
              <ul className="standard-directions">
                {standard.filedUnder.map((code) => (
                  <li key={code}>{label(code)}</li>
                ))}
              </ul>
            ),
          },
          {
            key: 'place',
            title: t(m.unplacedPlace),
            render: (_, standard) =>
              canWrite ? (
                <PlaceStandard frameworkKey={frameworkKey} standard={standard} />
              ) : (
                <span className="framework-source">{t(m.unplacedReadOnly)}</span>
              ),
          },
        ]}
      />
    </Card>
  );
}

function PlaceStandard({ frameworkKey, standard }: { frameworkKey: string; standard: Unplaced }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const directions = useDirections(frameworkKey);
  const place = useUpdatePlacement();
  const [codes, setCodes] = useState<string[]>([]);
  const name = nameOf(standard);
  const options = (directions.data ?? []).map((direction: Direction) => ({
    value: direction.code,
    label: directionLabel(direction, lang),
  }));
  return (
    <Space orientation="vertical" className="full-width">
      <Space.Compact className="full-width">
        <Select<string[]>
          mode="multiple"
          aria-label={t(m.unplacedPickLabel, { name })}
          placeholder={t(m.unplacedPick)}
          options={options}
          value={codes}
          onChange={setCodes}
          loading={directions.isPending}
          optionFilterProp="label"
          style={{ minWidth: 260 }}
          // A short list (at most a few dozen leaves): rendered whole, so every option is in the page.
          virtual={false}
          popupMatchSelectWidth={false}
        />
        <Button
          type="primary"
          disabled={codes.length === 0}
          loading={place.isPending}
          autoInsertSpace={false}
          onClick={() => {
            place.mutate(
              { framework: frameworkKey, standardId: standard.id, directions: codes },
              { onSuccess: () => void message.success(t(m.unplacedSaved, { name, codes: codes.join('、') })) },
            );
          }}
        >
          {t(m.unplacedSave)}
        </Button>
      </Space.Compact>
      {place.isError && (
        <ApiErrorAlert
          error={place.error}
          onClose={() => {
            place.reset();
          }}
        />
      )}
    </Space>
  );
}
