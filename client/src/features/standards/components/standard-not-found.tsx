import { RecordNotFound } from '../../../components/record-not-found.tsx';
import { standardsMessages as m } from '../messages.ts';

export const StandardNotFound = () => <RecordNotFound messages={m} listPath="/standards" />;
