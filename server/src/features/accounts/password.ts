import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt's cost: N = 2^log2N, block size r, parallelism p. */
export interface PasswordCost {
  log2N: number;
  r: number;
  p: number;
}

/** OWASP's scrypt floor: N=2^17, r=8, p=1 (128 MiB per hash, so maxmem must be raised). */
export const productionPasswordCost: PasswordCost = { log2N: 17, r: 8, p: 1 };
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function optionsFor(log2N: number, r: number, p: number): ScryptOptions {
  const N = 2 ** log2N;
  return { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
}

/** `scrypt$17$8$1$<salt>$<key>` (base64url): parameters travel with the hash so they can be raised later. */
export async function hashPassword(password: string, cost = productionPasswordCost): Promise<string> {
  const { log2N, r, p } = cost;
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, optionsFor(log2N, r, p));
  return ['scrypt', log2N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, log2N, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !log2N || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(
    password,
    Buffer.from(salt, 'base64url'),
    optionsFor(Number(log2N), Number(r), Number(p)),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

const dummyHashes = new Map<string, Promise<string>>();
/** Verifying against a throwaway hash when the user does not exist keeps both answers equally slow. */
export async function verifyAgainstDummy(password: string, cost = productionPasswordCost): Promise<false> {
  const key = `${cost.log2N}$${cost.r}$${cost.p}`;
  const dummyHash = dummyHashes.get(key) ?? hashPassword(randomBytes(16).toString('hex'), cost);
  dummyHashes.set(key, dummyHash);
  await verifyPassword(password, await dummyHash);
  return false;
}
