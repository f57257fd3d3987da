import "server-only";

import { getOctopushClient } from "@/lib/octopush/client";
import { reshapeMessage } from "@/lib/octopush/reshape";
import type { MessagesQuery } from "./query";
import type { MessagesPage } from "./types";
import { newestFirst } from "./order";

/** One page of messages in the inbox's shape, newest first. Throws OctopushError. */
export async function fetchMessagesPage(query: MessagesQuery): Promise<MessagesPage> {
  const result = await getOctopushClient().listMessages({
    page: query.page,
    per_page: query.perPage,
    ...query.filters,
  });
  return {
    messages: newestFirst(result.messages.map(reshapeMessage)),
    page: query.page,
    perPage: query.perPage,
    // No total in Octopush's answer: the last page is the first one that is not full.
    hasMore: result.rawCount >= query.perPage,
  };
}
