import { describe, expect, it } from "vitest";
import { applyAccountCheck, type AccountVerdict } from "./account-check";

const token = { email: "alex@acme.example", name: "Alex", sid: "s1", role: "agent" };
const answering = (verdict: AccountVerdict) => async () => verdict;

describe("the account check on each session request", () => {
  it("ends the session of a disabled or removed agent", async () => {
    expect(await applyAccountCheck(token, answering({ kind: "disabled" }))).toBeNull();
    expect(await applyAccountCheck(token, answering({ kind: "missing" }))).toBeNull();
  });

  it("keeps an active agent's session with the role and name the store has now", async () => {
    expect(await applyAccountCheck(token, answering({ kind: "active", role: "admin", name: "Alex A." }))).toEqual({
      ...token,
      role: "admin",
      name: "Alex A.",
    });
  });

  it("keeps the session unchanged while the database does not answer", async () => {
    expect(await applyAccountCheck(token, answering({ kind: "unknown" }))).toBe(token);
  });

  it("ends a session without an e-mail when a check is installed", async () => {
    expect(await applyAccountCheck({ sid: "s1" }, answering({ kind: "unknown" }))).toBeNull();
  });
});
