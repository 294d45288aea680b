import { describe, expect, it } from 'vitest';
import { loginUrl, safeNextPath } from './login-redirect.ts';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query and hash', () => {
    expect(safeNextPath('/directions?q=02#part-02')).toBe('/directions?q=02#part-02');
  });

  it.each([null, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'directions'])(
    'refuses %s and goes home instead',
    (raw) => {
      expect(safeNextPath(raw)).toBe('/');
    },
  );

  it('never leads back to the sign-in page', () => {
    expect(safeNextPath('/login')).toBe('/');
    expect(safeNextPath('/login?next=%2Fadmin')).toBe('/');
  });
});

describe('loginUrl', () => {
  it('remembers where the user was going', () => {
    expect(loginUrl('/admin?tab=users')).toBe('/login?next=%2Fadmin%3Ftab%3Dusers');
  });

  it('leaves out a next that is just home', () => {
    expect(loginUrl('/')).toBe('/login');
  });
});
