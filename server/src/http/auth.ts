import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * Checks bearer tokens in constant time: tokens are compared as sha256 digests (equal lengths
 * whatever was sent) with `timingSafeEqual`, against every known token, without stopping early.
 * Returns the token's identity (for the rate limiter), or null.
 */
export function tokenChecker(
  tokens: readonly string[],
): (authorization: string | undefined) => string | null {
  const known = tokens.map((token) => ({ token, digest: digest(token) }));
  return (authorization) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    const given = digest(match?.[1] ?? '');
    let found: string | null = null;
    for (const entry of known) {
      if (timingSafeEqual(entry.digest, given) && match) found = entry.token;
    }
    return found;
  };
}
