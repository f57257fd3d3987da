import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PHONE_CHANNELS, SEED_FACTS, buildSeed, findContactByName, listContacts } from "./seed";
import type { SeedContact } from "./seed";
import type { RunningSimulator } from "./server";
import { AUTH_HEADERS, TEST_LOGIN, list, startTestSimulator } from "./test-support";

let sim: RunningSimulator;
const seed = buildSeed();
const enc = encodeURIComponent;

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => {
  await sim.close();
});

function contactWith(predicate: (c: SeedContact) => boolean): SeedContact {
  const found = listContacts().find(predicate);
  if (!found) throw new Error("no seeded contact fits this test");
  return found;
}

describe("server basics", () => {
  it("listens on 127.0.0.1 and exposes the base URL", () => {
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.baseUrl).toBe(`${sim.url}/v1/public`);
  });

  it("answers health, 404 and 405", async () => {
    expect(await (await fetch(`${sim.url}/__sim/health`)).json()).toEqual({ ok: true });
    const notFound = await fetch(`${sim.url}/v1/public/nope`, { headers: AUTH_HEADERS });
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({ code: 404, message: "Not found" });
    const post = await fetch(`${sim.baseUrl}/conversations/messages/list`, {
      method: "POST",
      headers: AUTH_HEADERS,
    });
    expect(post.status).toBe(405);
  });
});

describe("credentials", () => {
  const url = () => `${sim.baseUrl}/conversations/messages/list`;
  it("rejects missing headers with code 108", async () => {
    const res = await fetch(url());
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: 108, message: "Login missing" });
    const noKey = await fetch(url(), { headers: { "api-login": TEST_LOGIN } });
    expect(noKey.status).toBe(401);
  });
  it("rejects a wrong key or login with code 101", async () => {
    for (const headers of [
      { ...AUTH_HEADERS, "api-key": "wrong" },
      { ...AUTH_HEADERS, "api-login": "other@example.com" },
    ]) {
      const res = await fetch(url(), { headers });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ code: 101, message: "Incorrect login details" });
    }
  });
});

describe("pagination", () => {
  it("answers the 50 newest messages by default, in the contract's shape", async () => {
    const page = await list(sim, "");
    expect(page.map((m) => m.message_id)).toEqual(seed.messages.slice(0, 50).map((m) => m.wire.message_id));
    const keys = Object.keys(page[0]!).filter((k) => k !== "created_at");
    expect(keys).toEqual([
      "message_id",
      "text",
      "direction",
      "delivery_status",
      "channel",
      "user_identifier",
      "user_identifiers",
      "agent_assigned_to",
      "contact_name",
      "contact_identifiers",
    ]);
  });

  it("pages newest first; the last page is shorter and the next one is empty", async () => {
    const contact = contactWith((c) => c.messageCount >= 7 && c.messageCount % 5 !== 0 && c.messageCount < 40);
    const q = `contact=${enc(contact.phoneNumber ?? contact.facebookId ?? contact.email ?? "")}&per_page=5`;
    const all: string[] = [];
    for (let page = 1; ; page += 1) {
      const items = await list(sim, `${q}&page=${page}`);
      all.push(...items.map((m) => m.message_id));
      if (items.length < 5) break;
    }
    const expected = seed.indexes.byContact.get(contact.index)!.map((m) => m.wire.message_id);
    expect(all).toEqual(expected);
    expect(await list(sim, `${q}&page=999`)).toEqual([]);
  });

  it("casts page and per_page leniently", async () => {
    const first = await list(sim, "per_page=3");
    expect(await list(sim, "per_page=3&page=abc")).toEqual(first);
    expect(await list(sim, "per_page=3&page=0")).toEqual(first);
    expect(await list(sim, "per_page=3&page=-2")).toEqual(first);
    expect(await list(sim, "per_page=0")).toHaveLength(50);
    expect(await list(sim, "per_page=abc")).toHaveLength(50);
    expect(await list(sim, "per_page=2.7")).toHaveLength(2);
    expect(await list(sim, "per_page=5000")).toHaveLength(1000);
  });

  it("serves the big contact's 10,000 messages, #10000 first", async () => {
    const phone = enc(SEED_FACTS.bigContactPhone);
    const page1 = await list(sim, `phone_number=${phone}&per_page=1000`);
    expect(page1[0]!.text.startsWith("#10000 ")).toBe(true);
    const page10 = await list(sim, `phone_number=${phone}&per_page=1000&page=10`);
    expect(page10).toHaveLength(1000);
    expect(page10.at(-1)!.text.startsWith("#1 ")).toBe(true);
    expect(await list(sim, `phone_number=${phone}&per_page=1000&page=11`)).toEqual([]);
    const overall = await list(sim, "per_page=20");
    expect(overall.some((m) => m.text.startsWith("#10000 "))).toBe(true);
  });
});

describe("filters", () => {
  it("phone_number returns only sms, rcs and multi_channel messages of that contact", async () => {
    const contact = contactWith((c) => c.channels.includes("sms") && c.channels.includes("whatsapp") && c.index > 0);
    const items = await list(sim, `phone_number=${enc(contact.phoneNumber!)}&per_page=1000`);
    const expected = contact.conversations
      .filter((c) => PHONE_CHANNELS.includes(c.channel))
      .reduce((n, c) => n + c.messageCount, 0);
    expect(items).toHaveLength(expected);
    expect(items.length).toBeLessThan(contact.messageCount);
    expect(items.every((m) => PHONE_CHANNELS.includes(m.channel))).toBe(true);
    expect(items.every((m) => m.contact_identifiers.phone_number === contact.phoneNumber)).toBe(true);
  });

  it("accepts an unencoded +, spaces and a 00 prefix in phone numbers", async () => {
    const reference = await list(sim, `phone_number=${enc(SEED_FACTS.bigContactPhone)}&per_page=5`);
    expect(await list(sim, "phone_number=+33612345678&per_page=5")).toEqual(reference);
    expect(await list(sim, `phone_number=${enc("0033 6 12 34 56 78")}&per_page=5`)).toEqual(reference);
  });

  it("facebook_id returns only that contact's facebook messages", async () => {
    const contact = contactWith((c) => c.facebookId !== null && c.channels.length > 1);
    const items = await list(sim, `facebook_id=${contact.facebookId}&per_page=1000`);
    const fb = contact.conversations.find((c) => c.channel === "facebook")!;
    expect(items).toHaveLength(fb.messageCount);
    expect(
      items.every((m) => m.channel === "facebook" && m.contact_identifiers.facebook_id === contact.facebookId),
    ).toBe(true);
  });

  it("conversation_id returns exactly one conversation", async () => {
    const contact = contactWith((c) => c.conversations.length > 1 && c.index > 0);
    const conversation = contact.conversations[1]!;
    const items = await list(sim, `conversation_id=${conversation.conversationId}&per_page=1000`);
    const expected = seed.indexes.byConversation.get(conversation.conversationId)!.map((m) => m.wire.message_id);
    expect(items.map((m) => m.message_id)).toEqual(expected);
    expect(items).toHaveLength(conversation.messageCount);
    expect(new Set(items.map((m) => m.channel))).toEqual(new Set([conversation.channel]));
  });

  it("contact returns every channel of the contact, whichever identifier is given", async () => {
    const contact = contactWith(
      (c) => c.phoneNumber !== null && c.email !== null && c.channels.length > 1 && c.index > 0,
    );
    const expected = seed.indexes.byContact.get(contact.index)!.map((m) => m.wire.message_id);
    expect(new Set(seed.indexes.byContact.get(contact.index)!.map((m) => m.wire.channel)).size).toBeGreaterThan(1);
    for (const value of [contact.phoneNumber!, contact.email!, contact.conversations[0]!.conversationId]) {
      const items = await list(sim, `contact=${enc(value)}&per_page=1000`);
      expect(
        items.map((m) => m.message_id),
        value,
      ).toEqual(expected);
    }
    const fbContact = contactWith((c) => c.facebookId !== null && c.channels.length > 1);
    const items = await list(sim, `contact=${fbContact.facebookId}&per_page=1000`);
    expect(items).toHaveLength(fbContact.messageCount);
  });

  it("email finds the contact, then its phone conversations", async () => {
    const contact = contactWith(
      (c) =>
        c.email !== null &&
        c.phoneNumber !== null &&
        c.channels.some((ch) => !PHONE_CHANNELS.includes(ch)) &&
        c.channels.some((ch) => PHONE_CHANNELS.includes(ch)),
    );
    const byPhone = await list(sim, `phone_number=${enc(contact.phoneNumber!)}&per_page=1000`);
    const byEmail = await list(sim, `email=${enc(contact.email!.toUpperCase())}&per_page=1000`);
    expect(byEmail).toEqual(byPhone);
    expect(byEmail.length).toBeGreaterThan(0);
    const emailOnly = contactWith((c) => c.email !== null && c.phoneNumber === null);
    expect(await list(sim, `email=${enc(emailOnly.email!)}`)).toEqual([]);
  });

  it("intersects several filters", async () => {
    const contact = contactWith((c) => c.channels.includes("sms") && c.channels.includes("whatsapp") && c.index > 0);
    const sms = contact.conversations.find((c) => c.channel === "sms")!;
    const wa = contact.conversations.find((c) => c.channel === "whatsapp")!;
    const phone = enc(contact.phoneNumber!);
    expect(await list(sim, `phone_number=${phone}&conversation_id=${sms.conversationId}&per_page=1000`)).toHaveLength(
      sms.messageCount,
    );
    expect(await list(sim, `phone_number=${phone}&conversation_id=${wa.conversationId}`)).toEqual([]);
    const other = findContactByName("Éloïse Müller")!;
    expect(
      await list(sim, `phone_number=${enc(SEED_FACTS.bigContactPhone)}&contact=${enc(other.phoneNumber!)}`),
    ).toEqual([]);
  });

  it("ignores a filter it cannot understand (and so answers everything)", async () => {
    const all = await list(sim, "per_page=10");
    expect(await list(sim, "per_page=10&phone_number=abc")).toEqual(all);
    expect(await list(sim, "per_page=10&facebook_id=nope&conversation_id=42")).toEqual(all);
    expect(await list(sim, `per_page=10&contact=${enc("+33600000000")}`)).toEqual([]);
  });
});

describe("/__sim/seed", () => {
  it("summarises contacts with identifiers and conversation ids, without texts", async () => {
    const body = (await (await fetch(`${sim.url}/__sim/seed`)).json()) as {
      totalMessages: number;
      facts: { bigContactPhone: string };
      contacts: Array<{
        name: string | null;
        conversations: Array<{ conversationId: string }>;
        messageCount: number;
      }>;
    };
    expect(body.totalMessages).toBe(seed.messages.length);
    expect(body.facts.bigContactPhone).toBe(SEED_FACTS.bigContactPhone);
    expect(body.contacts).toHaveLength(seed.contacts.length);
    expect(body.contacts[0]!.conversations[0]!.conversationId).toMatch(/^cid_/);
    expect(JSON.stringify(body)).not.toContain("#10000");
  });
});
