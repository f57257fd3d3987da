import { desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Store } from "@/lib/db/open";
import { queryRows } from "@/lib/db/rows";
import { indexedConversations, indexedMessages, indexState } from "@/lib/db/schema";
import { createOctopushClient } from "@/lib/octopush/client";
import { OctopushError } from "@/lib/octopush/errors";
import { storeTargets, useStore } from "@/lib/testing/store-targets";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { SEED_FACTS } from "@/simulator/seed";
import { createIndexSync, type SyncDeps } from "./sync";

// The sync against the simulator (the base seed: 10,541 messages, 66 contacts),
// on PGlite and on PostgreSQL.

const LOGIN = "sync-tests@octopush-inbox.invalid";
const KEY = "sync-test-key-not-secret";
const REFERENCE = new Date(SEED_FACTS.referenceTime);
const targets = await storeTargets("index_sync");

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, apiLogin: LOGIN, apiKey: KEY, now: () => REFERENCE.getTime() + 60_000 });
});
afterAll(async () => {
  await sim.close();
});

function syncWith(store: Store, over: Partial<SyncDeps> = {}) {
  const client = createOctopushClient(
    { baseUrl: sim.baseUrl, apiLogin: LOGIN, apiKey: KEY, timeoutMs: 5_000 },
    { cacheTtlMs: 0, retry: { maxAttempts: 1 } },
  );
  return createIndexSync({
    db: store.db,
    listMessages: (params) => client.listMessages(params),
    config: { maxMessages: 200_000, days: 3650 },
    order: "newest-first",
    defaultCountry: "FR",
    accountHash: "account-a",
    now: () => REFERENCE,
    pageSize: 500,
    // One pass reads everything, however slow a busy machine makes it.
    backfillBudgetMs: Number.POSITIVE_INFINITY,
    ...over,
  });
}

async function upstreamIds(count: number): Promise<string[]> {
  const res = await fetch(`${sim.baseUrl}/conversations/messages/list?per_page=${count}`, {
    headers: { "api-login": LOGIN, "api-key": KEY },
  });
  return ((await res.json()) as { message_id: string }[]).map((m) => m.message_id);
}

async function newestIds(store: Store, count: number): Promise<string[]> {
  const rows = await store.db
    .select({ id: indexedMessages.messageId })
    .from(indexedMessages)
    .orderBy(desc(indexedMessages.seq))
    .limit(count);
  return rows.map((r) => r.id);
}

async function fault(rule: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${sim.url}/__sim/faults`, { method: "POST", body: JSON.stringify(rule) });
  expect(res.status).toBe(201);
}

let nextPhone = 100;
/** A contact no other test (nor the other store's run, on the same simulator) writes to. */
const newPhone = () => `+336990${String((nextPhone += 1)).padStart(5, "0")}`;

const total = async (store: Store) =>
  Number((await queryRows<{ n: number }>(store.db, sql`select count(*)::int as n from indexed_messages`))[0]!.n);

describe.each(targets)("the index sync in $name", (target) => {
  const store = useStore(target, async ({ db }) => {
    await fetch(`${sim.url}/__sim/faults`, { method: "DELETE" });
    await db.delete(indexedMessages);
    await db.delete(indexedConversations);
    await db.delete(indexState);
  });

  it("indexes every message in Octopush's order on the first run, then only what is new", async () => {
    const sync = syncWith(store);
    const first = await sync.runOnce();
    expect(first.backfilling).toBe(false);
    const seeded = sim.store.summary().totalMessages;
    expect(first.added).toBe(seeded);
    expect(await total(store)).toBe(seeded);
    expect(await newestIds(store, 1000)).toEqual(await upstreamIds(1000));
    const [big] = await store.db
      .select()
      .from(indexedConversations)
      .where(eq(indexedConversations.conversationKey, SEED_FACTS.bigContactPhone));
    expect(big).toMatchObject({ contactName: SEED_FACTS.bigContactName, messageCount: 10_000 });

    const versionBefore = (await store.db.select().from(indexState))[0]!.version;
    const quiet = await sync.runOnce();
    expect(quiet).toMatchObject({ added: 0, pagesRead: 2, backfilling: false });
    expect((await store.db.select().from(indexState))[0]!.version).toBe(versionBefore);

    const phone111 = newPhone();
    for (const text of ["first new", "second new", "third new"]) {
      sim.store.add({
        contact: { phoneNumber: phone111 },
        contactName: "Nouvelle Cliente",
        channel: "whatsapp",
        direction: "inbound",
        text,
      });
    }
    const next = await sync.runOnce();
    expect(next.added).toBe(3);
    expect(await newestIds(store, 600)).toEqual(await upstreamIds(600));
    const [fresh] = await store.db
      .select()
      .from(indexedConversations)
      .where(eq(indexedConversations.conversationKey, phone111));
    expect(fresh).toMatchObject({
      contactName: "Nouvelle Cliente",
      lastBody: "third new",
      lastDirection: "inbound",
      messageCount: 3,
    });
    expect((await store.db.select().from(indexState))[0]!.version).toBeGreaterThan(versionBefore);
  }, 300_000);

  it("picks up a delivery status and an agent that change upstream", async () => {
    const sync = syncWith(store);
    await sync.runOnce();
    const phone222 = newPhone();
    const sent = sim.store.add({
      contact: { phoneNumber: phone222 },
      contactName: "Statut Change",
      channel: "sms",
      direction: "outbound",
      text: "Your parcel ships today",
    });
    await sync.runOnce();
    sim.store.update(sent.message.message_id, { delivery_status: "NOT_DELIVERED", agent_assigned_to: "Nina" });
    await sync.runOnce();
    const [row] = await store.db
      .select()
      .from(indexedMessages)
      .where(eq(indexedMessages.messageId, sent.message.message_id));
    expect(row).toMatchObject({ deliveryStatus: "NOT_DELIVERED", failed: true, agent: "Nina" });
    const [conversation] = await store.db
      .select()
      .from(indexedConversations)
      .where(eq(indexedConversations.conversationKey, phone222));
    expect(conversation?.lastFailedAt).not.toBeNull();
    expect(conversation?.assignedAgent).toBe("Nina");
  }, 300_000);

  it("fails a pass on a 500 or a 429, keeps what it had, and catches up on the next", async () => {
    const sync = syncWith(store);
    await sync.runOnce();
    const before = await total(store);
    const phone333 = newPhone();
    sim.store.add({
      contact: { phoneNumber: phone333 },
      channel: "sms",
      direction: "inbound",
      text: "during an outage",
    });

    await fault({ status: 500, times: 1 });
    const failed = await sync.runOnce().catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(OctopushError);
    await sync.recordFailure("error");
    expect(await total(store)).toBe(before);
    expect((await store.db.select().from(indexState))[0]).toMatchObject({ lastError: "error", consecutiveFailures: 1 });

    await fault({ status: 429, retryAfter: 7, times: 1 });
    const limited = await sync.runOnce().catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(OctopushError);
    expect((limited as OctopushError).status).toBe(429);
    expect((limited as OctopushError).retryAfterMs).toBe(7_000);

    const recovered = await sync.runOnce();
    expect(recovered.added).toBe(1);
    expect(await total(store)).toBe(before + 1);
    expect((await store.db.select().from(indexState))[0]).toMatchObject({ lastError: null, consecutiveFailures: 0 });
  }, 300_000);

  it("keeps INBOX_INDEX_DAYS and INBOX_INDEX_MAX_MESSAGES, newest first", async () => {
    await syncWith(store, { config: { maxMessages: 200_000, days: 3 } }).runOnce();
    const cutoff = new Date(REFERENCE.getTime() - 3 * 86_400_000);
    const [oldest] = await queryRows<{ oldest: string }>(
      store.db,
      sql`select min(sort_at) as oldest from indexed_messages`,
    );
    expect(new Date(oldest!.oldest).getTime()).toBeGreaterThanOrEqual(cutoff.getTime());
    const recent = await total(store);
    expect(recent).toBeGreaterThan(0);
    expect(recent).toBeLessThan(sim.store.summary().totalMessages);

    await syncWith(store, { config: { maxMessages: 1000, days: 3650 } }).runOnce();
    expect(await total(store)).toBe(1000);
    expect(await newestIds(store, 1000)).toEqual(await upstreamIds(1000));
  }, 300_000);

  it("starts afresh for another Octopush account, and warns when the dates run against the setting", async () => {
    await syncWith(store, { config: { maxMessages: 1000, days: 3650 } }).runOnce();
    const other = await syncWith(store, {
      accountHash: "account-b",
      order: "oldest-first",
      config: { maxMessages: 500, days: 3650 },
    }).runOnce();
    expect(other.orderWarning).toMatch(/OCTOPUSH_LIST_ORDER=newest-first/);
    expect(await total(store)).toBe(500);
    expect((await store.db.select().from(indexState))[0]).toMatchObject({ accountHash: "account-b" });
  }, 300_000);
});
