import type { User } from '@cloudstd/shared/schemas/user';
import { createContext, useContext } from 'react';

/**
 * The signed-in user, provided once the session is confirmed, so any feature can read it without
 * importing the auth feature.
 */
export const CurrentUserContext = createContext<User | null>(null);

export function useCurrentUser(): User {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used below the signed-in layout');
  return user;
}
