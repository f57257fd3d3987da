import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findContactByName } from "./seed";
import type { RunningSimulator } from "./server";
import { list, startTestSimulator } from "./test-support";

// POST /__sim/messages and PATCH /__sim/messages/<id>, over HTTP as tests use them.

let sim: RunningSimulator;
const zoe = findContactByName("Zoë Ørsted")!;
const enc = encodeURIComponent;

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => {
  await sim.close();
});

function send(method: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${sim.url}${path}`, {
    method,
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
}

interface Added {
  message: { message_id: string; text: string; delivery_status: string | null };
  at: string;
  newContact: boolean;
}

describe("POST /__sim/messages", () => {
  it("adds a message that the API then lists first, overall and for its contact", async () => {
    const res = await send("POST", "/__sim/messages", {
      contact_identifiers: { phone_number: zoe.phoneNumber },
      channel: "sms",
      direction: "inbound",
      text: "Is order #A-48213 on its way?",
    });
    expect(res.status).toBe(201);
    const added = (await res.json()) as Added;
    expect(added.newContact).toBe(false);
    expect(Number.isNaN(Date.parse(added.at))).toBe(false);
    expect((await list(sim, "per_page=1"))[0]).toEqual(added.message);
    const byContact = await list(sim, `contact=${enc(zoe.phoneNumber!)}&per_page=2`);
    expect(byContact[0]).toMatchObject({ message_id: added.message.message_id, contact_name: "Zoë Ørsted" });
    const byFacebook = await list(sim, `facebook_id=${zoe.facebookId}&per_page=1`);
    expect(byFacebook[0]?.message_id).not.toBe(added.message.message_id);
  });

  it("refuses bad input with a sentence, and adds nothing", async () => {
    const before = await list(sim, "per_page=1");
    const cases: Array<[unknown, RegExp]> = [
      ["{not json", /body must be JSON/],
      [[], /body must be a JSON object/],
      [{ channel: "sms", direction: "inbound", text: "x" }, /contact_identifiers/],
      [
        { contact_identifiers: { phone_number: "0612345678" }, channel: "sms", direction: "inbound", text: "x" },
        /phone_number must be an international number/,
      ],
      [{ contact_identifiers: {}, channel: "sms", direction: "inbound", text: "x" }, /needs a phone_number/],
      [
        { contact_identifiers: { phone_number: zoe.phoneNumber }, channel: "sms", direction: "sideways", text: "x" },
        /direction must be "inbound" or "outbound"/,
      ],
      [
        { contact_identifiers: { phone_number: zoe.phoneNumber }, channel: "", direction: "inbound", text: "x" },
        /channel must be/,
      ],
      [
        { contact_identifiers: { phone_number: zoe.phoneNumber }, channel: "sms", direction: "inbound", txt: "x" },
        /unknown field\(s\): txt/,
      ],
    ];
    for (const [body, message] of cases) {
      const res = await send("POST", "/__sim/messages", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as { message: string }).message).toMatch(message);
    }
    expect(await list(sim, "per_page=1")).toEqual(before);
    expect((await fetch(`${sim.url}/__sim/messages`)).status).toBe(405);
  });
});

describe("PATCH /__sim/messages/<id>", () => {
  it("changes the delivery status and the assigned agent, seen by the next read", async () => {
    const added = (await (
      await send("POST", "/__sim/messages", {
        contact_identifiers: { facebook_id: zoe.facebookId },
        channel: "facebook",
        direction: "outbound",
        text: "Yes, it ships today.",
      })
    ).json()) as Added;
    expect(added.message.delivery_status).toBe("sending");
    const id = added.message.message_id;
    const res = await send("PATCH", `/__sim/messages/${id}`, {
      delivery_status: "DELIVERED",
      agent_assigned_to: "camille@acme.example",
    });
    expect(res.status).toBe(200);
    const read = await list(sim, `facebook_id=${zoe.facebookId}&per_page=1`);
    expect(read[0]).toMatchObject({
      message_id: id,
      delivery_status: "DELIVERED",
      agent_assigned_to: "camille@acme.example",
    });
    await send("PATCH", `/__sim/messages/${id}`, { agent_assigned_to: null });
    expect((await list(sim, "per_page=1"))[0]).toMatchObject({ delivery_status: "DELIVERED", agent_assigned_to: null });
  });

  it("answers 404 for an unknown id and 400 for a bad change, changing nothing", async () => {
    const [first] = await list(sim, "per_page=1");
    const unknown = await send("PATCH", `/__sim/messages/${"f".repeat(24)}`, { delivery_status: "READ" });
    expect(unknown.status).toBe(404);
    for (const body of [{}, { status: "READ" }, { delivery_status: 3 }, { delivery_status: "" }]) {
      const res = await send("PATCH", `/__sim/messages/${first!.message_id}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await list(sim, "per_page=1"))[0]).toEqual(first);
    expect((await fetch(`${sim.url}/__sim/messages/${first!.message_id}`)).status).toBe(405);
  });
});

describe("GET /__sim/seed", () => {
  it("counts added messages and contacts, and gives the reference time in use", async () => {
    const before = (await (await fetch(`${sim.url}/__sim/seed`)).json()) as {
      totalMessages: number;
      contacts: unknown[];
      facts: { referenceTime: string };
    };
    await send("POST", "/__sim/messages", {
      contact_identifiers: { email: "new.customer@example.org" },
      contact_name: "Noémie Nouvelle",
      channel: "email",
      direction: "inbound",
      text: "Bonjour",
    });
    const after = (await (await fetch(`${sim.url}/__sim/seed`)).json()) as typeof before;
    expect(after.totalMessages).toBe(before.totalMessages + 1);
    expect(after.contacts).toHaveLength(before.contacts.length + 1);
    expect(after.facts.referenceTime).toBe("2025-06-02T09:30:00.000Z");
  });
});
