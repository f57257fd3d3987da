// Decrypted session tokens, kept by their cookie value: the same cookie always
// decrypts to the same payload, and an agent's browser sends the same cookie on
// every request, so the JWE (HKDF, a key thumbprint, AES and HMAC) is opened once
// per cookie rather than once per request. Only the decryption is kept: the
// checks that can change (lifetime, revocation, account) run on every request
// (lib/auth/config.ts checkSessionToken). An entry goes when its token expires.

export interface TokenPayload extends Record<string, unknown> {
  exp?: number;
}

export interface TokenMemo {
  /** The payload of `token`, decrypting it with `decrypt` unless it is known; null when it does not open or has expired. */
  open(
    token: string,
    decrypt: (token: string) => Promise<TokenPayload | null>,
    nowSeconds: number,
  ): Promise<TokenPayload | null>;
  readonly size: number;
}

export function createTokenMemo(maxEntries = 1000): TokenMemo {
  const known = new Map<string, TokenPayload>();
  return {
    async open(token, decrypt, nowSeconds) {
      const hit = known.get(token);
      if (hit) {
        if (typeof hit.exp === "number" && hit.exp <= nowSeconds) {
          known.delete(token);
          return null;
        }
        return hit;
      }
      const payload = await decrypt(token);
      // A token that does not open is not kept: a stream of forged cookies cannot fill the memo.
      if (!payload || (typeof payload.exp === "number" && payload.exp <= nowSeconds)) return null;
      if (known.size >= maxEntries) known.delete(known.keys().next().value as string);
      known.set(token, payload);
      return payload;
    },
    get size() {
      return known.size;
    },
  };
}
