import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, auditActionKey, safeDetails, toAuditRow } from "./events";
import { createPruneGate, DAY_MS, retentionCutoff } from "./retention";
import { auditSearch, filterRange, parseAuditFilters } from "./filters";

describe("audit rows", () => {
  it("keeps short facts and drops anything that names or looks like a secret or a text", () => {
    expect(
      safeDetails({
        format: "csv",
        count: 400,
        complete: true,
        password: "hunter2-hunter2",
        token: "abc",
        tokenHash: "x",
        passwordHash: "scrypt$16384$8$1$salt$hash",
        text: "Bonjour, mon colis ?",
        message: "hello",
        note: "for the lawyer",
        sessionCookie: "c",
        apiKey: "k",
        innocent: "scrypt$16384$8$1$c2FsdA$aGFzaA",
        alsoInnocent: "Zm9vYmFyYmF6cXV4cXV1eGZvb2JhcmJhenF1eA",
        nan: Number.NaN,
        nested: { a: 1 } as unknown as string,
      }),
    ).toEqual({ format: "csv", count: 400, complete: true });
  });

  it("bounds every field so a hostile value cannot bloat the table", () => {
    const row = toAuditRow(
      {
        action: "auth.sign_in_refused",
        actor: { email: `${"a".repeat(400)}@x.example`, role: "anonymous" },
        clientAddress: "1".repeat(100),
        target: "t".repeat(1000),
        details: { reason: "r ".repeat(250) },
      },
      new Date("2026-01-01T00:00:00Z"),
    );
    expect(row.actorEmail).toHaveLength(320);
    expect(row.clientAddress).toHaveLength(64);
    expect(row.target).toHaveLength(320);
    expect(row.details.reason).toHaveLength(200);
    expect(row.at.toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("names every action's catalog key without dots", () => {
    expect(AUDIT_ACTIONS.map(auditActionKey)).toContain("share_created");
    expect(AUDIT_ACTIONS.map(auditActionKey).every((k) => !k.includes("."))).toBe(true);
  });
});

describe("retention", () => {
  it("cuts off exactly the given number of days before now", () => {
    const now = new Date("2026-06-01T12:00:00Z");
    expect(retentionCutoff(now, 365).toISOString()).toBe("2025-06-01T12:00:00.000Z");
    expect(retentionCutoff(now, 1).getTime()).toBe(now.getTime() - DAY_MS);
  });

  it("lets the deletion run at most once per interval", () => {
    const gate = createPruneGate(1000);
    expect(gate(10_000)).toBe(true);
    expect(gate(10_500)).toBe(false);
    expect(gate(11_000)).toBe(true);
  });
});

describe("audit filters in the URL", () => {
  it("reads who, what, from, to and page, and writes them back the same", () => {
    const search = "?who=alice%40acme.example&what=conversation.exported&from=2026-01-01&to=2026-01-31&page=3";
    const { filters, page } = parseAuditFilters(new URLSearchParams(search));
    expect(filters).toEqual({
      who: "alice@acme.example",
      what: "conversation.exported",
      from: "2026-01-01",
      to: "2026-01-31",
    });
    expect(page).toBe(3);
    expect(auditSearch(filters, page)).toBe(search);
  });

  it("ignores what it cannot read instead of widening or failing", () => {
    const { filters, page } = parseAuditFilters(
      new URLSearchParams("who=&what=drop.table&from=2026-02-30&to=yesterday&page=-1"),
    );
    expect(filters).toEqual({ who: null, what: null, from: null, to: null });
    expect(page).toBe(1);
    expect(auditSearch(filters, page)).toBe("");
  });

  it("makes `to` inclusive: the range ends at the next midnight UTC", () => {
    const { since, before } = filterRange({ who: null, what: null, from: "2026-01-01", to: "2026-01-31" });
    expect(since?.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(before?.toISOString()).toBe("2026-02-01T00:00:00.000Z");
  });
});
