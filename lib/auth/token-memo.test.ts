import { describe, expect, it, vi } from "vitest";
import { createTokenMemo } from "./token-memo";

const NOW = 1_000_000;

describe("the memo of decrypted session tokens", () => {
  it("decrypts a cookie once, then answers from memory", async () => {
    const memo = createTokenMemo();
    const decrypt = vi.fn(async () => ({ email: "agent@acme.example", exp: NOW + 60 }));
    expect(await memo.open("cookie-a", decrypt, NOW)).toMatchObject({ email: "agent@acme.example" });
    expect(await memo.open("cookie-a", decrypt, NOW + 1)).toMatchObject({ email: "agent@acme.example" });
    expect(decrypt).toHaveBeenCalledTimes(1);
  });

  it("answers null once the token has expired, even from memory", async () => {
    const memo = createTokenMemo();
    const decrypt = vi.fn(async () => ({ email: "agent@acme.example", exp: NOW + 60 }));
    await memo.open("cookie-a", decrypt, NOW);
    expect(await memo.open("cookie-a", decrypt, NOW + 60)).toBeNull();
    expect(memo.size).toBe(0);
  });

  it("keeps nothing for a cookie that does not decrypt, so forged cookies cannot fill it", async () => {
    const memo = createTokenMemo();
    const decrypt = vi.fn(async () => null);
    expect(await memo.open("forged-1", decrypt, NOW)).toBeNull();
    expect(await memo.open("forged-1", decrypt, NOW)).toBeNull();
    expect(decrypt).toHaveBeenCalledTimes(2);
    expect(memo.size).toBe(0);
  });

  it("holds at most maxEntries tokens, dropping the oldest", async () => {
    const memo = createTokenMemo(2);
    const decrypt = vi.fn(async (token: string) => ({ sub: token, exp: NOW + 60 }));
    for (const token of ["a", "b", "c"]) await memo.open(token, decrypt, NOW);
    expect(memo.size).toBe(2);
    await memo.open("a", decrypt, NOW);
    expect(decrypt).toHaveBeenCalledTimes(4);
  });
});
