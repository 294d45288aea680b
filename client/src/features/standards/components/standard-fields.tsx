import type { Standard } from '@cloudstd/shared/schemas/standard';
import { Descriptions, Tag, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { standardsMessages as m } from '../messages.ts';
import { fieldLabel, formatFieldValue } from '../utils/standard-labels.ts';
import { StandardLevelTag } from './standard-level-tag.tsx';

/** Every recorded field of a standard, labelled in the current language. */
export function StandardFields({ standard }: { standard: Standard }) {
  const { t, lang } = useI18n();
  const text = (field: keyof Standard): string => formatFieldValue(field, standard[field], lang);
  const item = (field: keyof Standard, children: ReactNode = text(field), span?: number) => ({
    key: field,
    label: fieldLabel(field, lang),
    children,
    ...(span ? { span } : {}),
  });
  const stamp = (at: string, user: string | null) => (
    <time dateTime={at}>{user ? t(m.byUser, { at: formatDateTime(at), user }) : formatDateTime(at)}</time>
  );

  const items: DescriptionsProps['items'] = [
    item('number', <span className="standard-number">{text('number')}</span>),
    item('planNumber', <span className="standard-number">{text('planNumber')}</span>),
    item('level', <StandardLevelTag level={standard.level} />),
    item('sector'),
    item('titleZh', <span lang="zh-CN">{standard.titleZh}</span>, 2),
    item('titleEn', standard.titleEn ? <span lang="en">{standard.titleEn}</span> : text('titleEn'), 2),
    item('kind'),
    item(
      'replaces',
      standard.replaces.length > 0 ? (
        <span className="standard-replaces">
          {standard.replaces.map((number) => (
            <Link key={number} to={`/standards?q=${encodeURIComponent(number)}`} className="standard-number">
              {number}
            </Link>
          ))}
        </span>
      ) : (
        text('replaces')
      ),
    ),
    item('committee'),
    item('international'),
    item('draftingOrganisations', text('draftingOrganisations'), 2),
    ...(standard.planIssuedOn === null
      ? []
      : [
          item('planIssuedOn'),
          item('planPeriodMonths'),
          item(
            'planDueOn',
            <>
              {text('planDueOn')}{' '}
              {standard.planOverdue && (
                <Tag color="red" data-testid="plan-overdue">
                  {t(m.planOverdue)}
                </Tag>
              )}
            </>,
            2,
          ),
          ...(standard.planExtensions.length > 0 ? [item('planExtensions', text('planExtensions'), 2)] : []),
        ]),
    item('tags', text('tags'), 2),
    item('notes', <span className="standard-notes">{text('notes')}</span>, 2),
    item('createdAt', stamp(standard.createdAt, standard.createdBy)),
    item('updatedAt', stamp(standard.updatedAt, standard.updatedBy)),
    item('version'),
  ];
  return <Descriptions items={items} column={{ xs: 1, sm: 1, md: 2 }} bordered size="small" />;
}
