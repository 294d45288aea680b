import type { TargetSet } from '@cloudstd/shared/schemas/target-set';
import { Card, Typography } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useTargetSets } from '../../../api/get-target-sets.ts';
import { adminMessages as m } from '../messages.ts';
import { TargetSetDialog } from './target-set-dialog.tsx';
import { TargetSetsTable } from './target-sets-table.tsx';

/** The target sets the dashboard measures against, each editable by an administrator. */
export function TargetSetsSection() {
  const { t } = useI18n();
  const targetSets = useTargetSets();
  const [editing, setEditing] = useState<TargetSet | null>(null);

  return (
    <section aria-labelledby="target-sets-heading">
      <Card>
        <div className="section-heading">
          <Typography.Title level={2} id="target-sets-heading" className="section-title">
            {t(m.targetSetsHeading)}
          </Typography.Title>
          {targetSets.data && (
            <Typography.Text type="secondary">{t(m.targetSetCount, { count: targetSets.data.length })}</Typography.Text>
          )}
        </div>
        <p className="target-sets-intro">{t(m.targetSetsIntro)}</p>
        {targetSets.isError ? (
          <ApiErrorAlert error={targetSets.error} onRetry={() => void targetSets.refetch()} />
        ) : (
          <TargetSetsTable targetSets={targetSets.data ?? []} loading={targetSets.isPending} onEdit={setEditing} />
        )}
      </Card>
      <TargetSetDialog
        targetSet={editing}
        onClose={() => {
          setEditing(null);
        }}
      />
    </section>
  );
}
