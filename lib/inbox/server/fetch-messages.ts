import "server-only";

import { getEnv } from "@/lib/config/env";
import { getOctopushClient } from "@/lib/octopush/client";
import { reshapeMessage } from "@/lib/octopush/reshape";
import type { MessagesQuery } from "./parse-messages-request";
import type { MessagesPage } from "@/lib/inbox/types";
import { newestFirst } from "@/lib/inbox/order";
import { canonicalContactIds } from "./contact-ids";

/** One page of messages in the inbox's shape, newest first. Throws OctopushError. */
export async function fetchMessagesPage(query: MessagesQuery): Promise<MessagesPage> {
  const env = getEnv();
  const country = env.defaultCountry;
  const result = await getOctopushClient().listMessages({
    page: query.page,
    per_page: query.perPage,
    ...query.filters,
  });
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
