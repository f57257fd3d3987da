import "server-only";

import { getEnv } from "@/lib/config/env";
import { getOctopushClient, type ListMessagesResult } from "@/lib/octopush/client";
import { reshapeMessage } from "@/lib/octopush/reshape";
import { UPSTREAM_MAX_PER_PAGE, type MessagesQuery } from "./parse-messages-request";
import type { MessagesPage } from "@/lib/inbox/types";
import { newestFirst } from "@/lib/inbox/order";
import { canonicalContactIds } from "./contact-ids";

/**
 * The Octopush pages that make up one page of the inbox: the page itself up to
 * UPSTREAM_MAX_PER_PAGE, else consecutive pages of that size covering the same
 * messages (page p of n·100 is pages (p−1)·n+1 … p·n of 100). Octopush's own
 * per_page maximum is undocumented, so larger pages are never asked of it.
 */
export function upstreamPages(page: number, perPage: number): Array<{ page: number; perPage: number }> {
  if (perPage <= UPSTREAM_MAX_PER_PAGE) return [{ page, perPage }];
  const n = perPage / UPSTREAM_MAX_PER_PAGE;
  return Array.from({ length: n }, (_, i) => ({ page: (page - 1) * n + 1 + i, perPage: UPSTREAM_MAX_PER_PAGE }));
}

/** The parts of one inbox page, in Octopush's order; the gateway caches and de-duplicates each. */
async function listParts(query: MessagesQuery): Promise<ListMessagesResult[]> {
  const client = getOctopushClient();
  return Promise.all(
    upstreamPages(query.page, query.perPage).map((p) =>
      client.listMessages({ page: p.page, per_page: p.perPage, ...query.filters }),
    ),
  );
}

/** The parts as one answer, up to the first part that is not full (the conversation ends there). */
function joinParts(parts: readonly ListMessagesResult[]): ListMessagesResult {
  if (parts.length === 1 && parts[0]) return parts[0];
  const joined: ListMessagesResult = { messages: [], rawCount: 0, dropped: 0 };
  for (const part of parts) {
    joined.messages.push(...part.messages);
    joined.rawCount += part.rawCount;
    joined.dropped += part.dropped;
    if (part.rawCount < UPSTREAM_MAX_PER_PAGE) break;
  }
  return joined;
}

function toPage(result: ListMessagesResult, query: MessagesQuery): MessagesPage {
  const env = getEnv();
  const country = env.defaultCountry;
  return {
    messages: newestFirst(
      result.messages.map((raw) => {
        const message = reshapeMessage(raw);
        return { ...message, contactIds: canonicalContactIds(message.contact, country) };
      }),
      env.octopush.listOrder,
    ),
    page: query.page,
    perPage: query.perPage,
    // No total in Octopush's answer: the last page is the first one that is not full.
    hasMore: result.rawCount >= query.perPage,
  };
}

/** One page of messages in the inbox's shape, newest first. Throws OctopushError. */
export async function fetchMessagesPage(query: MessagesQuery): Promise<MessagesPage> {
  return toPage(joinParts(await listParts(query)), query);
}

// The gateway's cache and single-flight hand every caller of one URL the same answer
// object until it expires; the JSON made from it is kept beside it, so a cache hit
// costs no reshaping, parsing or serialising. Keyed by that object (the URL holds
// the page and its size), it goes when the answer does. A shared (Redis) cache
// returns a fresh object per hit, which simply misses here. A page made of several
// Octopush pages is keyed by its first part and reused only while every part is the same.
const bodies = new WeakMap<ListMessagesResult, { parts: readonly ListMessagesResult[]; body: string }>();

/** The same page as fetchMessagesPage, as the JSON text /api/messages sends. Throws OctopushError. */
export async function fetchMessagesPageJson(query: MessagesQuery): Promise<string> {
  const parts = await listParts(query);
  const first = parts[0] as ListMessagesResult;
  const kept = bodies.get(first);
  if (kept && kept.parts.length === parts.length && kept.parts.every((p, i) => p === parts[i])) return kept.body;
  const body = JSON.stringify(toPage(joinParts(parts), query));
  bodies.set(first, { parts, body });
  return body;
}
