/**
 * Password hashing with scrypt (node:crypto): a random 16-byte salt per
 * password, N = 2^15, r = 8, p = 1, 32-byte key; stored as
 * `scrypt$N$r$p$salt$key` (base64) so the parameters can rise later without
 * breaking old hashes. Verification compares in constant time. A sign-in
 * for a name no account holds is checked against a dummy hash made with the
 * same parameters (`verifyNoAccount`), so it costs what a wrong password
 * costs and its timing does not tell which names exist.
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, o: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password, salt, KEY_LENGTH, { ...o, maxmem: 128 * o.N! * o.r! * 2 }, (e, key) =>
      e ? reject(e) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const want = Buffer.from(key, 'base64');
  const got = await scrypt(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return got.length === want.length && timingSafeEqual(got, want);
}

let dummy: Promise<string> | undefined;

/** A hash of a random password, made once with the current parameters. */
function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(24).toString('base64'));
  return dummy;
}

/**
 * Spends on a sign-in for an unknown name what checking a real password
 * spends (one scrypt with the same N, r, p), and answers false.
 */
export async function verifyNoAccount(password: string): Promise<false> {
  await verifyPassword(password, await dummyHash());
  return false;
}
