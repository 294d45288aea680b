import type { FieldError } from '@cloudstd/shared/schemas/messages';
import { AppError } from '../../http/errors.ts';
// The 10,000 most common passwords, most common first (licence and source: common-passwords.LICENSE.txt).
import commonPasswordList from './common-passwords.json' with { type: 'json' };

const commonPasswords = new Set(commonPasswordList.map((password) => password.toLowerCase()));

/**
 * OWASP ASVS 6.2.4: a new password is not one of the most common ones (case ignored) nor one character
 * repeated. Checked on the server only, so the list never ships to browsers.
 */
export function weakPasswordError(password: string, field: string): FieldError | null {
  if (commonPasswords.has(password.toLowerCase()) || /^(.)\1*$/su.test(password)) {
    return {
      field,
      messageZh: '该密码过于常见，容易被猜中，请换一个',
      messageEn: 'This password is too common and easily guessed; choose another',
    };
  }
  return null;
}

/** Throws 400 VALIDATION_FAILED naming `field` when the new password is too common. */
export function assertUncommonPassword(password: string, field: string): void {
  const error = weakPasswordError(password, field);
  if (error) throw new AppError('VALIDATION_FAILED', { errors: [error] });
}
