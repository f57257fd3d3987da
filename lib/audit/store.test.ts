import { describe, expect, it, vi } from "vitest";
import { openStore } from "@/lib/db/open";
import { auditEvents } from "@/lib/db/schema";
import { storeTargets, useStore } from "@/lib/testing/store-targets";
import { recordCliAudit } from "./cli";
import type { AuditEvent } from "./events";
import { recordAudit } from "./record";
import { retentionCutoff } from "./retention";
import { insertAuditEvent, iterateAuditEvents, listAuditEvents, pruneAuditEvents } from "./store";

const targets = await storeTargets("audit");

const NO_FILTER = { who: null, what: null, from: null, to: null };
const day = (d: string) => new Date(`${d}T12:00:00Z`);
const event = (over: Partial<AuditEvent> & Pick<AuditEvent, "action">): AuditEvent => ({
  actor: { email: "alice@acme.example", role: "agent" },
  clientAddress: "127.0.0.1",
  ...over,
});

describe.each(targets)("the audit trail in $name", (target) => {
  const store = useStore(target, async ({ db }) => {
    await db.delete(auditEvents);
  });

  it("lists newest first, paged, filtered by who, what and when (inclusive days)", async () => {
    await insertAuditEvent(store.db, event({ action: "auth.sign_in", at: day("2026-01-01") }));
    await insertAuditEvent(
      store.db,
      event({ action: "conversation.exported", target: "+33612340400", at: day("2026-01-02") }),
    );
    await insertAuditEvent(
      store.db,
      event({ action: "agent.added", actor: { email: "boss@acme.example", role: "admin" }, at: day("2026-01-03") }),
    );
    await insertAuditEvent(
      store.db,
      event({ action: "auth.sign_in_refused", actor: { email: null, role: "anonymous" }, at: day("2026-01-04") }),
    );

    const all = await listAuditEvents(store.db, NO_FILTER, { page: 1, pageSize: 3, cutoff: null });
    expect(all.events.map((e) => e.action)).toEqual(["auth.sign_in_refused", "agent.added", "conversation.exported"]);
    expect(all.hasMore).toBe(true);
    const second = await listAuditEvents(store.db, NO_FILTER, { page: 2, pageSize: 3, cutoff: null });
    expect(second.events.map((e) => e.action)).toEqual(["auth.sign_in"]);
    expect(second.hasMore).toBe(false);

    const who = await listAuditEvents(
      store.db,
      { ...NO_FILTER, who: "BOSS@" },
      { page: 1, pageSize: 10, cutoff: null },
    );
    expect(who.events.map((e) => e.actorEmail)).toEqual(["boss@acme.example"]);
    const what = await listAuditEvents(
      store.db,
      { ...NO_FILTER, what: "conversation.exported" },
      { page: 1, pageSize: 10, cutoff: null },
    );
    expect(what.events).toEqual([
      expect.objectContaining({ target: "+33612340400", actorRole: "agent", clientAddress: "127.0.0.1" }),
    ]);
    const when = await listAuditEvents(
      store.db,
      { ...NO_FILTER, from: "2026-01-02", to: "2026-01-03" },
      { page: 1, pageSize: 10, cutoff: null },
    );
    expect(when.events.map((e) => e.action)).toEqual(["agent.added", "conversation.exported"]);
    // "%" and "_" in who are literal, not wildcards.
    const literal = await listAuditEvents(
      store.db,
      { ...NO_FILTER, who: "%" },
      { page: 1, pageSize: 10, cutoff: null },
    );
    expect(literal.events).toEqual([]);
  });

  it("deletes rows past retention and hides them until then", async () => {
    const now = new Date("2026-06-01T00:00:00Z");
    await insertAuditEvent(store.db, event({ action: "auth.sign_in", at: new Date("2025-05-31T23:59:59Z") }));
    await insertAuditEvent(store.db, event({ action: "auth.sign_out", at: new Date("2025-06-01T00:00:01Z") }));
    const cutoff = retentionCutoff(now, 365);
    const visible = await listAuditEvents(store.db, NO_FILTER, { page: 1, pageSize: 10, cutoff });
    expect(visible.events.map((e) => e.action)).toEqual(["auth.sign_out"]);
    expect(await pruneAuditEvents(store.db, cutoff)).toBe(1);
    expect(await store.db.select().from(auditEvents)).toHaveLength(1);
  });

  it("reads every matching row in batches, newest first", async () => {
    for (let i = 0; i < 7; i++) {
      await insertAuditEvent(
        store.db,
        event({ action: "auth.sign_in", target: `t${i}`, at: new Date(Date.UTC(2026, 0, 1, 0, i)) }),
      );
    }
    const batches: string[][] = [];
    for await (const batch of iterateAuditEvents(store.db, NO_FILTER, { cutoff: null, batchSize: 3 })) {
      batches.push(batch.map((e) => e.target ?? ""));
    }
    expect(batches).toEqual([["t6", "t5", "t4"], ["t3", "t2", "t1"], ["t0"]]);
  });

  it("records through recordAudit and never keeps a token, a password, a hash or a text", async () => {
    const token = "s_Zx8pQ2mN4vB7cK1rT9yW3eH6jL0aF5gD";
    const password = "correct horse battery staple";
    await recordAudit(
      {
        action: "share.created",
        actor: { email: "alice@acme.example", role: "agent" },
        target: "share-42",
        clientAddress: "10.0.0.1",
        details: {
          token,
          password,
          expiresAt: "2026-01-08T00:00:00Z",
          scope: "whole",
          text: "Bonjour",
          note: password,
        },
      },
      { db: async () => store.db, retentionDays: () => 365 },
    );
    const rows = await store.db.select().from(auditEvents);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "share.created", target: "share-42", details: { scope: "whole" } });
    const dump = JSON.stringify(rows[0]);
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(password);
    expect(dump).not.toContain("Bonjour");
  });

  it("records a CLI change with the role cli and no e-mail", async () => {
    await recordCliAudit(store.db, "agent.disabled", "bob@acme.example");
    const rows = await store.db.select().from(auditEvents);
    expect(rows).toEqual([
      expect.objectContaining({
        actorEmail: null,
        actorRole: "cli",
        action: "agent.disabled",
        target: "bob@acme.example",
      }),
    ]);
  });
});

describe("recordAudit when the store fails", () => {
  it("never throws, logs one line without the event's data, and lets the caller go on", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const failure = Object.assign(new Error("Failed query: insert ... params: alice@acme.example,secret"), {
      code: "ECONNREFUSED",
    });
    await expect(
      recordAudit(
        { action: "auth.sign_in", actor: { email: "alice@acme.example", role: "agent" }, clientAddress: "10.1.2.3" },
        { db: async () => Promise.reject(failure), retentionDays: () => 365 },
      ),
    ).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    const line = String(warn.mock.calls[0]?.[0]);
    expect(line).toBe("[audit] could not record auth.sign_in: ECONNREFUSED");
    expect(line).not.toContain("alice");
    warn.mockRestore();
  });

  it("survives a closed store too", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const closed = await openStore({ databaseUrl: null, dataDir: "memory://" });
    await closed.migrate();
    await closed.close();
    await expect(
      recordAudit(
        { action: "auth.sign_out", actor: { email: null, role: "anonymous" } },
        { db: async () => closed.db, retentionDays: () => 1 },
      ),
    ).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
