import { describe, expect, it } from "vitest";
import { createMemoryRevocationStore } from "./revocation";
import { sessionEndedBy } from "./session-check";

function clock(startSeconds = 1_780_000_000) {
  let ms = startSeconds * 1000;
  return { now: () => ms, seconds: () => ms / 1000, advance: (s: number) => void (ms += s * 1000) };
}

describe("createMemoryRevocationStore", () => {
  it("answers revoked for a revoked session until it would have expired, then forgets it", async () => {
    const c = clock();
    const store = createMemoryRevocationStore({ now: c.now });
    await store.revoke("s-1", c.seconds() + 3600);
    expect(await store.isRevoked("s-1")).toBe(true);
    expect(await store.isRevoked("s-2")).toBe(false);
    c.advance(3599);
    expect(await store.isRevoked("s-1")).toBe(true);
    c.advance(1);
    expect(await store.isRevoked("s-1")).toBe(false);
  });

  it("ignores a revocation that has already run out, and keeps the later end when told twice", async () => {
    const c = clock();
    const store = createMemoryRevocationStore({ now: c.now });
    await store.revoke("old", c.seconds() - 1);
    expect(await store.isRevoked("old")).toBe(false);
    await store.revoke("s-1", c.seconds() + 100);
    await store.revoke("s-1", c.seconds() + 10);
    c.advance(50);
    expect(await store.isRevoked("s-1")).toBe(true);
  });

  it("stays within its bound, forgetting first what expires soonest", async () => {
    const c = clock();
    const store = createMemoryRevocationStore({ now: c.now, maxEntries: 2 });
    const warn = console.warn;
    console.warn = () => {};
    try {
      await store.revoke("ends-late", c.seconds() + 300);
      await store.revoke("ends-soon", c.seconds() + 100);
      await store.revoke("ends-latest", c.seconds() + 400);
    } finally {
      console.warn = warn;
    }
    expect(await store.isRevoked("ends-soon")).toBe(false);
    expect(await store.isRevoked("ends-late")).toBe(true);
    expect(await store.isRevoked("ends-latest")).toBe(true);
  });
});

describe("sessionEndedBy", () => {
  const maxAge = 3600;

  it("ends a session whose id was revoked, and only that one", async () => {
    const c = clock();
    const store = createMemoryRevocationStore({ now: c.now });
    const mine = { sid: "s-mine", signedInAt: c.seconds() };
    const other = { sid: "s-other", signedInAt: c.seconds() };
    expect(await sessionEndedBy(mine, c.seconds(), maxAge, store)).toBe(false);
    await store.revoke("s-mine", c.seconds() + maxAge);
    expect(await sessionEndedBy(mine, c.seconds(), maxAge, store)).toBe(true);
    expect(await sessionEndedBy(other, c.seconds(), maxAge, store)).toBe(false);
  });

  it("ends a session without an id (it could never be revoked) and one past its lifetime", async () => {
    const c = clock();
    const store = createMemoryRevocationStore({ now: c.now });
    expect(await sessionEndedBy({ signedInAt: c.seconds() }, c.seconds(), maxAge, store)).toBe(true);
    expect(await sessionEndedBy({ sid: "", signedInAt: c.seconds() }, c.seconds(), maxAge, store)).toBe(true);
    expect(await sessionEndedBy({ sid: "s", signedInAt: c.seconds() - maxAge }, c.seconds(), maxAge, store)).toBe(true);
  });
});
