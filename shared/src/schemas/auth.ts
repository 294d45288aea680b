import { z } from 'zod';
import { bilingual } from './messages.ts';
import { passwordSchema, userSchema } from './user.ts';

export const loginInputSchema = z.strictObject({
  username: z.string().trim().min(1, bilingual('请输入用户名', 'Enter your username')).max(64),
  // Only a length cap here: the rules for new passwords must not reveal anything at sign-in.
  password: z.string().min(1, bilingual('请输入密码', 'Enter your password')).max(128),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

export const changePasswordInputSchema = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;

export const sessionUserSchema = userSchema;
export const meResponseSchema = z.object({ user: userSchema });
export type MeResponse = z.infer<typeof meResponseSchema>;
