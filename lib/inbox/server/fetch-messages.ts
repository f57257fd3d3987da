import "server-only";

import { getEnv } from "@/lib/config/env";
import { getOctopushClient, type ListMessagesResult } from "@/lib/octopush/client";
import { reshapeMessage } from "@/lib/octopush/reshape";
import type { MessagesQuery } from "./parse-messages-request";
import type { MessagesPage } from "@/lib/inbox/types";
import { newestFirst } from "@/lib/inbox/order";
import { canonicalContactIds } from "./contact-ids";

function listPage(query: MessagesQuery): Promise<ListMessagesResult> {
  return getOctopushClient().listMessages({ page: query.page, per_page: query.perPage, ...query.filters });
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
  return toPage(await listPage(query), query);
}

// The gateway's cache and single-flight hand every caller of one URL the same answer
// object until it expires; the JSON made from it is kept beside it, so a cache hit
// costs no reshaping, parsing or serialising. Keyed by that object (the URL holds
// the page and its size), it goes when the answer does. A shared (Redis) cache
// returns a fresh object per hit, which simply misses here.
const bodies = new WeakMap<ListMessagesResult, string>();

/** The same page as fetchMessagesPage, as the JSON text /api/messages sends. Throws OctopushError. */
export async function fetchMessagesPageJson(query: MessagesQuery): Promise<string> {
  const result = await listPage(query);
  let body = bodies.get(result);
  if (body === undefined) {
    body = JSON.stringify(toPage(result, query));
    bodies.set(result, body);
  }
  return body;
}
