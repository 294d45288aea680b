import { adoptionEvidenceLabels, adoptionStageLabels, noAdoptionStageLabel } from '@cloudstd/shared/domain/labels';
import { DeleteOutlined } from '@ant-design/icons';
import type { Adoption } from '@cloudstd/shared/schemas/enterprise';
import { Button, Popconfirm, Table, Tag, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { enterprisesMessages as m } from '../messages.ts';

interface AdoptionsTableProps {
  adoptions: readonly Adoption[];
  /** Which side the rows name: an enterprise's page lists standards, a standard's page enterprises. */
  show: 'standard' | 'enterprise';
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
  /** Set for users who may delete. */
  onDelete?: ((adoption: Adoption) => void) | undefined;
  deletingId: Adoption['id'] | null;
  empty: ReactNode;
}

/** A reference that is a web address becomes a link (opened in a new tab); anything else is text. */
function Reference({ value }: { value: string | null }) {
  if (!value) return <>—</>;
  if (/^https?:\/\/\S+$/i.test(value)) {
    return (
      <a href={value} target="_blank" rel="noopener noreferrer" className="adoption-reference">
        {value}
      </a>
    );
  }
  return <span className="adoption-reference">{value}</span>;
}

export function AdoptionsTable({
  adoptions,
  show,
  total,
  page,
  pageSize,
  loading,
  onPage,
  onDelete,
  deletingId,
  empty,
}: AdoptionsTableProps) {
  const { t, lang } = useI18n();
  const columns: TableColumnsType<Adoption> = [
    show === 'standard'
      ? {
          key: 'standard',
          title: t(m.standard),
          render: (_value, adoption) => (
            <>
              <Link to={`/standards/${String(adoption.standardId)}`} className="standard-number">
                {adoption.standardNumber ?? adoption.standardPlanNumber ?? '—'}
              </Link>{' '}
              <span>{pick(lang, adoption.standardTitleZh, adoption.standardTitleEn)}</span>
              {adoption.standardDeleted && (
                <Tag color="default" className="adoption-deleted-tag">
                  {t(m.standardDeletedTag)}
                </Tag>
              )}
            </>
          ),
        }
      : {
          key: 'enterprise',
          title: t(m.enterprise),
          render: (_value, adoption) => (
            <>
              <Link to={`/enterprises/${String(adoption.enterpriseId)}`}>{adoption.enterpriseName}</Link>
              <br />
              <span className="credit-code">{adoption.enterpriseCreditCode}</span>
            </>
          ),
        },
    { key: 'adoptedOn', title: t(m.adoptedOn), dataIndex: 'adoptedOn', className: 'nowrap' },
    {
      key: 'evidence',
      title: t(m.evidence),
      render: (_value, adoption) =>
        [t(adoptionEvidenceLabels[adoption.evidence]), adoption.assessmentBody, adoption.assessmentResult]
          .filter(Boolean)
          .join(' · '),
    },
    {
      key: 'stages',
      title: t(m.stages),
      render: (_value, adoption) =>
        adoption.stages.length === 0
          ? t(noAdoptionStageLabel)
          : adoption.stages.map((stage) => t(adoptionStageLabels[stage])).join('、'),
    },
    { key: 'reference', title: t(m.reference), render: (_value, adoption) => <Reference value={adoption.reference} /> },
  ];
  if (onDelete) {
    columns.push({
      key: 'actions',
      title: t(m.actions),
      className: 'nowrap',
      render: (_value, adoption) => (
        <Popconfirm
          title={t(m.confirmDeleteAdoption)}
          description={t(m.confirmDeleteAdoptionDetail)}
          okText={t(m.delete)}
          cancelText={t(m.cancel)}
          okButtonProps={{ danger: true, autoInsertSpace: false }}
          cancelButtonProps={{ autoInsertSpace: false }}
          onConfirm={() => {
            onDelete(adoption);
          }}
        >
          <Button
            size="small"
            danger
            icon={<DeleteOutlined aria-hidden />}
            loading={deletingId === adoption.id}
            aria-label={`${t(m.deleteAdoption)}：${show === 'standard' ? (adoption.standardNumber ?? adoption.standardTitleZh) : adoption.enterpriseName}`}
          />
        </Popconfirm>
      ),
    });
  }
  return (
    <Table<Adoption>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...adoptions]}
      loading={loading}
      locale={{ emptyText: empty }}
      pagination={
        total > pageSize
          ? {
              current: page,
              pageSize,
              total,
              showSizeChanger: false,
              onChange: onPage,
            }
          : false
      }
    />
  );
}
