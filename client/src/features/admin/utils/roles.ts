import type { Role } from '@cloudstd/shared/schemas/user';
import type { MessageKey } from '../../../lib/i18n.tsx';

export const roles: readonly Role[] = ['viewer', 'editor', 'admin'];

export function roleMessageKey(role: Role): MessageKey {
  return `role.${role}`;
}
