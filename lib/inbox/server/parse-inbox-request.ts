import { z } from "zod";
import { englishProblem } from "@/lib/i18n/english";
import { INBOX_FILTERS, parseChannel, type InboxFilter } from "@/lib/inbox/inbox-filters";
import { parseIdentifierKept } from "./kept-identifiers";

// The inputs of /api/inbox/*, checked before the store is asked. Pure, tested as a table.
// The page already turns an unknown ?filter= into All; the API is strict, so a caller's
// typo is a 400 with a sentence rather than a silently wider list.

export const MAX_LIST_LIMIT = 100;
export const DEFAULT_LIST_LIMIT = 50;

export interface ListCursor {
  seq: number;
  key: string;
}

export interface ListQuery {
  filter: InboxFilter | null;
  channel: string | null;
  cursor: ListCursor | null;
  limit: number;
}

type Result<T> = { ok: true; value: T } | { ok: false; message: string };

const ALLOWED = new Set(["filter", "channel", "cursor", "limit"]);

export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify([cursor.seq, cursor.key])).toString("base64url");
}

const cursorSchema = z.tuple([z.number().finite(), z.string().min(1).max(320)]);

function decodeCursor(raw: string): ListCursor | null {
  if (!/^[A-Za-z0-9_-]{1,600}$/.test(raw)) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? { seq: parsed.data[0], key: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

function channelOf(raw: string | null): Result<string | null> {
  if (raw === null || raw === "") return { ok: true, value: null };
  const channel = parseChannel(raw);
  return channel
    ? { ok: true, value: channel }
    : { ok: false, message: "channel must be a channel name such as sms or whatsapp." };
}

export function parseListQuery(params: URLSearchParams): Result<ListQuery> {
  for (const name of params.keys())
    if (!ALLOWED.has(name)) return { ok: false, message: `Unknown parameter "${name.slice(0, 40)}".` };
  const rawFilter = params.get("filter");
  let filter: InboxFilter | null = null;
  if (rawFilter !== null && rawFilter !== "") {
    if (!(INBOX_FILTERS as readonly string[]).includes(rawFilter))
      return { ok: false, message: `filter must be one of ${INBOX_FILTERS.join(", ")} (or nothing, for all).` };
    filter = rawFilter as InboxFilter;
  }
  const channel = channelOf(params.get("channel"));
  if (!channel.ok) return channel;
  const rawCursor = params.get("cursor");
  let cursor: ListCursor | null = null;
  if (rawCursor !== null && rawCursor !== "") {
    cursor = decodeCursor(rawCursor);
    if (!cursor) return { ok: false, message: "cursor is not one this server gave; load the list again from the top." };
  }
  const rawLimit = params.get("limit");
  let limit = DEFAULT_LIST_LIMIT;
  if (rawLimit !== null) {
    if (!/^\d{1,3}$/.test(rawLimit) || Number(rawLimit) < 1 || Number(rawLimit) > MAX_LIST_LIMIT)
      return { ok: false, message: `limit must be a whole number from 1 to ${MAX_LIST_LIMIT}.` };
    limit = Number(rawLimit);
  }
  return { ok: true, value: { filter, channel: channel.value, cursor, limit } };
}

export function parseSummaryQuery(params: URLSearchParams): Result<{ channel: string | null }> {
  for (const name of params.keys())
    if (name !== "channel") return { ok: false, message: `Unknown parameter "${name.slice(0, 40)}".` };
  const channel = channelOf(params.get("channel"));
  return channel.ok ? { ok: true, value: { channel: channel.value } } : channel;
}

const readMarkSchema = z.object({
  key: z.string().max(400),
  messageId: z.string().min(1).max(200).nullish(),
});

export interface ReadMarkInput {
  /** The conversation's canonical key. */
  key: string;
  /** The newest message the agent had on screen. */
  messageId: string | null;
}

/** The body of POST and DELETE /api/inbox/read-marks: `{ key, messageId? }`. */
export function parseReadMarkBody(body: unknown, defaultCountry: string): Result<ReadMarkInput> {
  const parsed = readMarkSchema.safeParse(body);
  if (!parsed.success)
    return {
      ok: false,
      message: 'Send a JSON body { "key": "<conversation key>", "messageId": "<newest message on screen>" }.',
    };
  const key = parseIdentifierKept(parsed.data.key, { defaultCountry });
  if (!key.ok) return { ok: false, message: `key is not a conversation: ${englishProblem(key.problem)}` };
  return { ok: true, value: { key: key.identifier.value, messageId: parsed.data.messageId ?? null } };
}
