import type { Enterprise } from '@cloudstd/shared/schemas/enterprise';
import { useParams } from 'react-router';

/** The `:id` of the route as an enterprise's id, or null when it is not one (the page then says "not found"). */
export function useEnterpriseId(): Enterprise['id'] | null {
  const { id } = useParams();
  if (id === undefined || !/^[1-9]\d{0,15}$/.test(id)) return null;
  return Number(id);
}
