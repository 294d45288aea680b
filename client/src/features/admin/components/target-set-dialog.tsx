import type { TargetSet } from '@cloudstd/shared/schemas/target-set';
import { Modal } from 'antd';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { adminMessages as m } from '../messages.ts';
import { TargetSetForm } from './target-set-form.tsx';

interface TargetSetDialogProps {
  /** The set to edit; null keeps the dialog closed. */
  targetSet: TargetSet | null;
  onClose: () => void;
}

export function TargetSetDialog({ targetSet, onClose }: TargetSetDialogProps) {
  const { t, lang } = useI18n();
  return (
    <Modal
      open={targetSet !== null}
      title={targetSet ? t(m.editTargetSetTitle, { name: pick(lang, targetSet.nameZh, targetSet.nameEn) }) : ''}
      onCancel={onClose}
      footer={null}
      width={760}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {targetSet && <TargetSetForm targetSet={targetSet} onDone={onClose} />}
    </Modal>
  );
}
