import { describe, expect, it } from "vitest";
import type { ListQuery } from "./query";
import { SEED_FACTS, buildSeed } from "./seed";
import { createStore } from "./store";
import type { NewMessage } from "./store";

const seed = buildSeed();
const NOW = Date.parse("2026-01-15T10:00:00Z");
const all = (perPage = 5): ListQuery => ({ page: 1, perPage });
const ids = (messages: Array<{ message_id: string }>) => messages.map((m) => m.message_id);

const eloise = seed.contacts.find((c) => c.name === "Éloïse Müller")!;
const inbound = (over: Partial<NewMessage> = {}): NewMessage => ({
  contact: { phoneNumber: eloise.phoneNumber! },
  channel: "sms",
  direction: "inbound",
  text: "Bonjour, ma commande #A-48213 est arrivée abîmée.",
  ...over,
});

describe("the message store", () => {
  it("answers the seed as it is, page by page, newest first", () => {
    const store = createStore(seed);
    expect(ids(store.list(all(50)))).toEqual(seed.messages.slice(0, 50).map((m) => m.wire.message_id));
    const last = Math.ceil(seed.messages.length / 1000);
    expect(ids(store.list({ page: last, perPage: 1000 }))).toEqual(
      seed.messages.slice((last - 1) * 1000).map((m) => m.wire.message_id),
    );
    expect(store.list({ page: last + 1, perPage: 1000 })).toEqual([]);
  });

  it("puts an added message first in the whole list and in its contact's lists", () => {
    const store = createStore(seed, () => NOW);
    const added = store.add(inbound());
    expect(added.newContact).toBe(false);
    expect(added.contactIndex).toBe(eloise.index);
    expect(added.at).toBe(new Date(NOW).toISOString());
    expect(added.message).toMatchObject({
      text: "Bonjour, ma commande #A-48213 est arrivée abîmée.",
      direction: "inbound",
      delivery_status: null,
      channel: "sms",
      contact_name: "Éloïse Müller",
      contact_identifiers: { phone_number: eloise.phoneNumber, email: eloise.email },
    });
    expect(added.message.message_id).toMatch(/^[0-9a-f]{24}$/);
    const id = added.message.message_id;
    const before = seed.messages[0]!.wire.message_id;
    expect(ids(store.list(all()))).toEqual([id, ...seed.messages.slice(0, 4).map((m) => m.wire.message_id)]);
    expect(ids(store.list({ page: 1, perPage: 3, phoneNumber: eloise.phoneNumber! }))[0]).toBe(id);
    expect(ids(store.list({ page: 1, perPage: 3, contact: { kind: "email", value: eloise.email! } }))[0]).toBe(id);
    const sms = eloise.conversations.find((c) => c.channel === "sms")!;
    expect(added.conversationId).toBe(sms.conversationId);
    expect(ids(store.list({ page: 1, perPage: 3, conversationId: sms.conversationId }))[0]).toBe(id);
    // Everything moves down by one: page 2 now starts with the former fifth message.
    expect(ids(store.list({ page: 2, perPage: 5 }))[0]).toBe(seed.messages[4]!.wire.message_id);
    expect(ids(store.list({ page: 1, perPage: 1, phoneNumber: SEED_FACTS.bigContactPhone }))).not.toContain(id);
    // The shared, memoised seed is untouched: another store does not see the message.
    expect(ids(createStore(seed).list(all(1)))).toEqual([before]);
    expect(seed.messages).toHaveLength(store.summary().totalMessages - 1);
  });

  it("stamps each added message after the newest one, even when the clock is behind the seed", () => {
    const store = createStore(seed, () => Date.parse("2020-01-01T00:00:00Z"));
    const first = store.add(inbound());
    const second = store.add(inbound({ text: "encore moi" }));
    expect(Date.parse(first.at)).toBeGreaterThan(seed.messages[0]!.timestamp);
    expect(Date.parse(second.at)).toBeGreaterThan(Date.parse(first.at));
    expect(ids(store.list(all(2)))).toEqual([second.message.message_id, first.message.message_id]);
  });

  it("creates a contact for unknown identifiers, findable by each of them", () => {
    const store = createStore(seed, () => NOW);
    const added = store.add({
      contact: { phoneNumber: "+33698765432", email: "jeanne.dupont@example.fr" },
      contactName: "Jeanne Dupont",
      channel: "whatsapp",
      direction: "outbound",
      text: "Votre commande #B-10293 est prête.",
    });
    expect(added.newContact).toBe(true);
    expect(added.contactIndex).toBe(seed.contacts.length);
    expect(added.message.delivery_status).toBe("sending");
    expect(added.message.contact_name).toBe("Jeanne Dupont");
    expect(added.conversationId).toMatch(/^cid_[0-9a-f-]{36}$/);
    // created_at follows the seed's rule: even-indexed contacts only.
    expect(added.message.created_at).toBe(added.contactIndex % 2 === 0 ? added.at : undefined);
    expect(ids(store.list({ page: 1, perPage: 5, contact: { kind: "phone", value: "+33698765432" } }))).toEqual([
      added.message.message_id,
    ]);
    // whatsapp is not a phone_number channel (sms, rcs, multi_channel).
    expect(store.list({ page: 1, perPage: 5, phoneNumber: "+33698765432" })).toEqual([]);
    const sms = store.add(inbound({ contact: { email: "jeanne.dupont@example.fr" } }));
    expect(sms.contactIndex).toBe(added.contactIndex);
    expect(ids(store.list({ page: 1, perPage: 5, phoneNumber: "+33698765432" }))).toEqual([sms.message.message_id]);
    expect(store.contacts().at(-1)).toMatchObject({ name: "Jeanne Dupont", channels: ["whatsapp", "sms"] });
    expect(store.summary().contacts).toHaveLength(seed.contacts.length + 1);
  });

  it("changes a delivery status and an assignment, seen by the next read", () => {
    const store = createStore(seed);
    const target = seed.messages.find((m) => m.wire.direction === "outbound" && m.contactIndex === eloise.index)!;
    const id = target.wire.message_id;
    const changed = store.update(id, { delivery_status: "DELIVERED", agent_assigned_to: "amine@acme.example" });
    expect(changed).toMatchObject({ message_id: id, delivery_status: "DELIVERED", text: target.wire.text });
    const read = () =>
      store
        .list({ page: 1, perPage: 1000, contact: { kind: "phone", value: eloise.phoneNumber! } })
        .find((m) => m.message_id === id);
    expect(read()).toMatchObject({ delivery_status: "DELIVERED", agent_assigned_to: "amine@acme.example" });
    expect(store.update(id, { delivery_status: "READ" })).toMatchObject({
      delivery_status: "READ",
      agent_assigned_to: "amine@acme.example",
    });
    expect(read()?.delivery_status).toBe("READ");
    expect(target.wire.delivery_status).not.toBe("READ");
    expect(store.update("0".repeat(24), { delivery_status: "READ" })).toBeNull();
  });

  it("changes a message it added", () => {
    const store = createStore(seed, () => NOW);
    const added = store.add(inbound({ direction: "outbound", deliveryStatus: "sent" }));
    store.update(added.message.message_id, { delivery_status: "NOT_DELIVERED" });
    expect(store.list(all(1))[0]).toMatchObject({ delivery_status: "NOT_DELIVERED" });
  });
});
