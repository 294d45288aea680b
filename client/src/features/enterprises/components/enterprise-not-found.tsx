import { RecordNotFound } from '../../../components/record-not-found.tsx';
import { enterprisesMessages as m } from '../messages.ts';

export const EnterpriseNotFound = () => <RecordNotFound messages={m} listPath="/enterprises" />;
