import { describe, expect, it } from "vitest";
import { inboxMessage } from "@/lib/testing/inbox-message";
import type { InboxMessage } from "@/lib/inbox/types";
import { EXPORT_COLUMNS, toExportRecord } from "./columns";
import { createExportStream, exportFilename, INCOMPLETE_MARKER, type PageSource } from "./stream";

function pagesOf(all: InboxMessage[], perPage: number, failOn?: number): { source: PageSource; calls: number[] } {
  const calls: number[] = [];
  const source: PageSource = async (page) => {
    calls.push(page);
    if (page === failOn) throw new Error("boom");
    const messages = all.slice((page - 1) * perPage, page * perPage);
    return { messages, hasMore: messages.length === perPage };
  };
  return { source, calls };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

const describe500 = () => ({ code: "upstream_timeout", message: "Octopush did not answer in time." });

/** Parses the CSV this module writes (quoted fields may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

const messages = Array.from({ length: 25 }, (_, i) =>
  inboxMessage({
    id: `id-${i}`,
    text: i === 3 ? 'He said "=cmd", then\nleft' : `message ${i}`,
    direction: i % 2 ? "outbound" : "inbound",
    deliveryStatus: i % 2 ? "DELIVERED" : null,
    agent: i % 2 ? "camille@acme.example" : null,
    contactName: "Archives Bellamy",
    contact: { phone: "+33612340400", email: null, facebookId: null },
    sentAt: i % 3 ? new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString() : null,
  }),
);

describe("the conversation export stream", () => {
  it("maps a message to the documented columns", () => {
    expect(Object.keys(toExportRecord(messages[1]!))).toEqual([...EXPORT_COLUMNS]);
    expect(toExportRecord(messages[1]!)).toEqual({
      message_id: "id-1",
      sent_at: "2025-01-01T00:01:00.000Z",
      direction: "outbound",
      channel: "sms",
      delivery_status: "DELIVERED",
      agent: "camille@acme.example",
      contact_name: "Archives Bellamy",
      contact_phone: "+33612340400",
      contact_email: null,
      contact_facebook_id: null,
      text: "message 1",
    });
  });

  it("writes every message once as CSV, header first, texts intact after escaping", async () => {
    const { source } = pagesOf(messages, 10);
    const text = await readAll(
      createExportStream({ format: "csv", contactKey: "+33612340400", source, describe: describe500 }),
    );
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(messages.map((m) => m.id));
    expect(rows[4]![10]).toBe('He said "=cmd", then\nleft');
    // The phone starts with "+": defused for spreadsheets.
    expect(rows[1]![7]).toBe("'+33612340400");
    expect(text).not.toContain(INCOMPLETE_MARKER);
  });

  it("writes valid JSON that says it is complete", async () => {
    const { source } = pagesOf(messages, 10);
    let outcome: unknown;
    const text = await readAll(
      createExportStream({
        format: "json",
        contactKey: "k",
        source,
        describe: describe500,
        onEnd: (o) => (outcome = o),
      }),
    );
    const body = JSON.parse(text) as { messages: { message_id: string }[]; complete: boolean; count: number };
    expect(body.messages.map((m) => m.message_id)).toEqual(messages.map((m) => m.id));
    expect(body).toMatchObject({ complete: true, count: 25, conversation: "k" });
    expect(outcome).toEqual({ count: 25, complete: true, failure: undefined });
  });

  it("skips a message a shifted page repeats", async () => {
    const source: PageSource = async (page) =>
      page === 1
        ? { messages: messages.slice(0, 10), hasMore: true }
        : { messages: messages.slice(9, 15), hasMore: false };
    const body = JSON.parse(
      await readAll(createExportStream({ format: "json", contactKey: "k", source, describe: describe500 })),
    ) as {
      messages: { message_id: string }[];
    };
    expect(body.messages.map((m) => m.message_id)).toEqual(messages.slice(0, 15).map((m) => m.id));
  });

  it("ends a CSV cut by an upstream failure with a marker line, not silently", async () => {
    const { source } = pagesOf(messages, 10, 2);
    let outcome: { complete: boolean; count: number } | undefined;
    const text = await readAll(
      createExportStream({
        format: "csv",
        contactKey: "k",
        source,
        describe: describe500,
        onEnd: (o) => (outcome = o),
      }),
    );
    const rows = parseCsv(text);
    expect(rows).toHaveLength(1 + 10 + 1);
    expect(rows.at(-1)![0]).toMatch(
      /^# EXPORT INCOMPLETE: Octopush did not answer in time\. \(upstream_timeout; 10 messages written\)$/,
    );
    expect(outcome).toMatchObject({ complete: false, count: 10 });
  });

  it("ends a JSON export cut by a failure with complete: false and the error", async () => {
    const { source } = pagesOf(messages, 10, 3);
    const body = JSON.parse(
      await readAll(createExportStream({ format: "json", contactKey: "k", source, describe: describe500 })),
    ) as {
      complete: boolean;
      count: number;
      error: { code: string };
      messages: unknown[];
    };
    expect(body).toMatchObject({ complete: false, count: 20, error: { code: "upstream_timeout" } });
    expect(body.messages).toHaveLength(20);
  });

  it("fetches a page only when the reader has taken the previous one", async () => {
    const { source, calls } = pagesOf(messages, 5);
    const reader = createExportStream({ format: "csv", contactKey: "k", source, describe: describe500 }).getReader();
    await reader.read(); // header
    await reader.read(); // page 1
    await new Promise((resolve) => setTimeout(resolve, 50));
    // One page read and at most one fetched ahead to fill the queue of one chunk.
    expect(calls.length).toBeLessThanOrEqual(2);
    await reader.cancel();
  });

  it("names the file after the key and the day, with safe characters only", () => {
    expect(exportFilename("+33612340400", "csv", new Date("2026-01-02T10:00:00Z"))).toBe(
      "conversation-+33612340400-2026-01-02.csv",
    );
    expect(exportFilename('a"b/c\n', "json", new Date("2026-01-02T10:00:00Z"))).toBe(
      "conversation-a_b_c_-2026-01-02.json",
    );
  });
});
