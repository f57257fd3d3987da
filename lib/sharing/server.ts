import "server-only";
import { z } from "zod";
import type { SignedInSession } from "@/lib/auth/auth";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/instance";
import { parseConversationKey } from "@/lib/inbox/conversation-key";
import { fetchMessagesPage } from "@/lib/inbox/server/fetch-messages";
import type { MessagesPage } from "@/lib/inbox/types";
import { shareCreated, shareRevoked } from "./events";
import { expiryFor } from "./expiry";
import { scopePage } from "./scope";
import {
  createShareLink,
  listShareLinks,
  lookupShareLink,
  revokeShareLink,
  type ShareLinkRow,
  type ShareLinkSummary,
  type ShareLookup,
} from "./store";
import { shareAccountHash } from "./token";

// What the Share dialog, /shared and /s/<token> do with the store and Octopush.

/** A refusal the agent can act on (400). */
export class ShareError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ShareError";
  }
}

export const SHARED_PAGE_SIZE = 50;
/** How far back "from this message" looks for the message when the link is made. */
const SCOPE_SEARCH_PAGES = 20;
const SCOPE_SEARCH_PER_PAGE = 100;

export const createShareSchema = z.object({
  conversation: z.string().min(1).max(320),
  duration: z.string().max(8),
  fromMessageId: z.string().trim().max(200).nullish(),
  note: z.string().trim().max(500).nullish(),
});

export const revokeShareSchema = z.object({ id: z.uuid() });

function accountHash(): string {
  return shareAccountHash(getEnv().octopush.apiLogin);
}

async function findMessage(key: string, messageId: string): Promise<{ sentAt: string | null } | null> {
  for (let page = 1; page <= SCOPE_SEARCH_PAGES; page++) {
    const result = await fetchMessagesPage({ page, perPage: SCOPE_SEARCH_PER_PAGE, filters: { contact: key } });
    const found = result.messages.find((m) => m.id === messageId);
    if (found) return found;
    if (!result.hasMore) return null;
  }
  return null;
}

export async function createShare(
  session: SignedInSession,
  input: z.infer<typeof createShareSchema>,
): Promise<{ token: string; link: ShareLinkSummary }> {
  const env = getEnv();
  const parsed = parseConversationKey(input.conversation, env.defaultCountry);
  if (!parsed.ok) throw new ShareError("This is not a conversation that can be shared.");
  const expiresAt = expiryFor(input.duration, new Date(), env.share.maxDays);
  if (!expiresAt) throw new ShareError("Choose one of the durations offered.");
  const key = parsed.identifier.value;
  const fromMessageId = input.fromMessageId || null;
  let fromSentAt: Date | null = null;
  if (fromMessageId) {
    const message = await findMessage(key, fromMessageId);
    if (!message) throw new ShareError("That message is not in this conversation.");
    if (!message.sentAt) throw new ShareError("That message has no date: share the whole conversation instead.");
    fromSentAt = new Date(message.sentAt);
  }
  const made = await createShareLink(await getDb(), {
    accountHash: accountHash(),
    conversationKey: key,
    fromMessageId,
    fromSentAt,
    note: input.note || null,
    createdBy: session.user.email,
    expiresAt,
  });
  await shareCreated(made.link, { email: session.user.email, role: session.user.role });
  return made;
}

/** The agent's own links; an administrator's page lists everyone's. */
export async function listSharesFor(session: SignedInSession): Promise<ShareLinkSummary[]> {
  return listShareLinks(await getDb(), { createdBy: session.user.role === "admin" ? null : session.user.email });
}

export async function revokeShare(session: SignedInSession, id: string): Promise<ShareLinkSummary | null> {
  const link = await revokeShareLink(await getDb(), id, {
    createdBy: session.user.role === "admin" ? null : session.user.email,
  });
  if (link) await shareRevoked(link, { email: session.user.email, role: session.user.role });
  return link;
}

/** Reads the token's link from the database (every time: a revocation anywhere holds at once). */
export async function resolveShare(token: string): Promise<ShareLookup> {
  return lookupShareLink(await getDb(), token, accountHash());
}

/** One page of the shared conversation, cut to the link's scope. Only the link's own conversation. */
export async function sharedMessages(link: ShareLinkRow, page: number): Promise<MessagesPage> {
  const result = await fetchMessagesPage({
    page,
    perPage: SHARED_PAGE_SIZE,
    filters: { contact: link.conversationKey },
  });
  const from =
    link.fromMessageId && link.fromSentAt ? { messageId: link.fromMessageId, sentAt: link.fromSentAt } : null;
  return scopePage(result, from);
}
