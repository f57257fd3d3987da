import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/instance";
import { readMarks } from "@/lib/db/schema";
import { toIndexRow } from "@/lib/message-index/rows";
import { refreshConversations, upsertIndexedMessages } from "@/lib/message-index/write";
import { inboxMessage } from "@/lib/testing/inbox-message";

// The three /api/inbox routes with their real parsing and store (PGlite in a temporary
// folder); only the session and the index switch are stubbed.
const state = vi.hoisted(() => ({
  user: { email: "alex@acme.example", name: "Alex Agent", role: "agent" } as Record<string, string> | null,
  enabled: true,
}));
vi.mock("@/lib/auth/auth", () => ({ requireSession: async () => (state.user ? { user: state.user } : null) }));
vi.mock("@/lib/message-index/current", () => ({
  indexEnabled: () => state.enabled,
  currentIndexHealth: async () =>
    state.enabled
      ? { version: 7, behindMinutes: 3, lastSuccessAt: null, backfilling: false, lastError: null, orderWarning: null }
      : null,
}));

type Handler = (request: Request) => Promise<Response>;
let list: Handler;
let summary: Handler;
let read: Handler;
let unread: Handler;
let dir: string;

const KEY = "+33611110001";
const OTHER = "+33611110002";
const phone = (value: string) => ({ phone: { kind: "phone" as const, value, display: value } });
const message = (key: string, seq: number, extra: Parameters<typeof inboxMessage>[0]) =>
  toIndexRow(inboxMessage({ contactIds: phone(key), ...extra }), seq, new Date())!;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "inbox-routes-"));
  Object.assign(process.env, { DATABASE_URL: "", INBOX_DATA_DIR: join(dir, "data"), INBOX_DEFAULT_COUNTRY: "FR" });
  ({ GET: list } = await import("./conversations/route"));
  ({ GET: summary } = await import("./summary/route"));
  ({ POST: read, DELETE: unread } = await import("./read-marks/route"));
  const db = await getDb();
  await upsertIndexedMessages(db, [
    message(KEY, 1, { id: "k1", contactName: "Zoë", channel: "whatsapp" }),
    message(KEY, 2, { id: "k2", channel: "whatsapp" }),
    message(OTHER, 3, { id: "o1", direction: "outbound", channel: "sms" }),
  ]);
  await refreshConversations(db, null);
}, 60_000);
afterAll(async () => rm(dir, { recursive: true, force: true }));
beforeEach(async () => {
  state.user = { email: "alex@acme.example", name: "Alex Agent", role: "agent" };
  state.enabled = true;
  await (await getDb()).delete(readMarks);
});

const get = (handler: Handler, path: string) => handler(new Request(`http://127.0.0.1${path}`));
const send = (handler: Handler, body: unknown) =>
  handler(new Request("http://127.0.0.1/api/inbox/read-marks", { method: "POST", body: JSON.stringify(body) }));
async function errorOf(res: Response) {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}

describe("GET /api/inbox/conversations", () => {
  it("lists by last message with unread counts, and pages with the cursor it gave", async () => {
    const first = await get(list, "/api/inbox/conversations?limit=1");
    expect(first.status).toBe(200);
    const page = (await first.json()) as { conversations: { key: string; unread: number }[]; nextCursor: string };
    expect(page.conversations).toMatchObject([{ key: OTHER, unread: 0 }]);
    const next = await get(list, `/api/inbox/conversations?limit=1&cursor=${page.nextCursor}`);
    expect(await next.json()).toMatchObject({
      conversations: [{ key: KEY, name: "Zoë", unread: 2 }],
      nextCursor: null,
    });
    const filtered = await get(list, "/api/inbox/conversations?filter=awaiting&channel=whatsapp");
    expect(((await filtered.json()) as { conversations: unknown[] }).conversations).toHaveLength(1);
  });

  it.each([
    ["filter=starred", /filter must be one of unread, awaiting, failed, mine/],
    ["channel=%3Cscript%3E", /channel must be a channel name/],
    ["cursor=not-a-cursor!", /cursor is not one this server gave/],
    [`cursor=${Buffer.from('{"a":1}').toString("base64url")}`, /cursor is not one this server gave/],
    ["limit=0", /limit must be a whole number from 1 to 100/],
    ["limit=1000", /limit must be a whole number from 1 to 100/],
    ["page=2", /Unknown parameter "page"/],
  ])("%s → 400 with a sentence", async (query, message) => {
    const res = await get(list, `/api/inbox/conversations?${query}`);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("invalid_request");
    expect(error.message).toMatch(message);
  });

  it("answers 401 without a session and 404 index_off with the index off", async () => {
    state.user = null;
    expect((await get(list, "/api/inbox/conversations")).status).toBe(401);
    state.user = { email: "alex@acme.example", name: "Alex", role: "agent" };
    state.enabled = false;
    const res = await get(list, "/api/inbox/conversations");
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe("index_off");
  });
});

describe("GET /api/inbox/summary and the read marks", () => {
  it("counts, and reading then marking as unread moves the agent's counts only", async () => {
    const counts = async () =>
      (await (await get(summary, "/api/inbox/summary")).json()) as {
        version: number;
        behindMinutes: number;
        unreadConversations: number;
        filters: Record<string, number>;
        channels: { channel: string; count: number }[];
      };
    expect(await counts()).toMatchObject({
      version: 7,
      behindMinutes: 3,
      unreadConversations: 1,
      filters: { all: 2, unread: 1, awaiting: 1, failed: 0, mine: 0 },
    });
    const res = await send(read, { key: "06 11 11 00 01", messageId: "k2" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ key: KEY, readSeq: 2 });
    expect((await counts()).unreadConversations).toBe(0);
    state.user = { email: "blake@acme.example", name: "Blake", role: "agent" };
    expect((await counts()).unreadConversations).toBe(1);
    state.user = { email: "alex@acme.example", name: "Alex Agent", role: "agent" };
    const back = await unread(
      new Request("http://127.0.0.1/api/inbox/read-marks", { method: "DELETE", body: JSON.stringify({ key: KEY }) }),
    );
    expect(await back.json()).toEqual({ key: KEY, readSeq: null });
    expect((await counts()).unreadConversations).toBe(1);
  });

  it.each([
    ["no body", null, /Send a JSON body/],
    ["a number as key", { key: 42 }, /Send a JSON body/],
    ["not a conversation", { key: "hello there" }, /key is not a conversation/],
    ["an overlong message id", { key: KEY, messageId: "x".repeat(201) }, /Send a JSON body/],
  ])("%s → 400 with a sentence", async (_name, body, message) => {
    const res = await send(read, body);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(message);
  });

  it("says nothing was marked for a conversation not indexed yet", async () => {
    const res = await send(read, { key: "+33699999999" });
    expect(await res.json()).toEqual({ key: null, readSeq: null });
    expect((await get(summary, "/api/inbox/summary?channel=bad%20one")).status).toBe(400);
  });
});
