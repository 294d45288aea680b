import type { Standard } from '@cloudstd/shared/schemas/standard';
import { useParams } from 'react-router';

/** The `:id` of the route as a standard's id, or null when it is not one (then the page says "not found"). */
export function useStandardId(): Standard['id'] | null {
  const { id } = useParams();
  if (id === undefined || !/^[1-9]\d{0,15}$/.test(id)) return null;
  return Number(id);
}
