import * as argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes): slow enough for stolen hashes, fast for logins. */
export function hashSecret(secret: string): Promise<string> {
  return argon2.hash(secret, { type: argon2.argon2id });
}

export function verifySecret(hash: string, secret: string): Promise<boolean> {
  return argon2.verify(hash, secret).catch(() => false);
}
