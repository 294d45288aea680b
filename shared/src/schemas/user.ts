import { z } from 'zod';
import { bilingual } from './messages.ts';

export const roleSchema = z.enum(['viewer', 'editor', 'admin']);
export type Role = z.infer<typeof roleSchema>;

/** What each role may do; the server checks, the client only hides what would be refused. */
export const roleRank: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };
export function roleAllows(role: Role, needed: Role): boolean {
  return roleRank[role] >= roleRank[needed];
}

export const usernameSchema = z
  .string()
  .min(3, bilingual('用户名至少 3 个字符', 'Username must have at least 3 characters'))
  .max(64, bilingual('用户名最多 64 个字符', 'Username must have at most 64 characters'))
  .regex(
    /^[\p{L}\p{N}._@-]+$/u,
    bilingual('用户名只能包含字母、数字和 . _ @ -', 'Username may contain letters, digits and . _ @ - only'),
  );

/** NIST SP 800-63B: length only, no composition rules; 128 leaves room for passphrases. */
export const passwordSchema = z
  .string()
  .min(8, bilingual('密码至少 8 个字符', 'Password must have at least 8 characters'))
  .max(128, bilingual('密码最多 128 个字符', 'Password must have at most 128 characters'));

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  role: roleSchema,
  disabled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const userListSchema = z.object({ items: z.array(userSchema), total: z.number().int() });
export type UserList = z.infer<typeof userListSchema>;

export const createUserInputSchema = z.strictObject({
  username: usernameSchema,
  password: passwordSchema,
  role: roleSchema,
});
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

export const updateUserInputSchema = z
  .strictObject({
    role: roleSchema.optional(),
    disabled: z.boolean().optional(),
    password: passwordSchema.optional(),
  })
  .refine((input) => Object.keys(input).length > 0, {
    error: bilingual('至少修改一项：角色、停用或密码', 'Change at least one of role, disabled or password'),
  });
export type UpdateUserInput = z.infer<typeof updateUserInputSchema>;

export const userIdParamsSchema = z.strictObject({ id: z.coerce.number().int().positive() });
