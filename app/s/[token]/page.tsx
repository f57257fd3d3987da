import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { SharedThread } from "@/components/sharing/shared-thread";
import { clientAddress } from "@/lib/auth/client-address";
import { MAX_PAGE } from "@/lib/inbox/server/parse-messages-request";
import { contactSummary } from "@/lib/inbox/thread-contact";
import { shareViewed } from "@/lib/sharing/events";
import { resolveShare, sharedMessages } from "@/lib/sharing/server";
import { maskedSummary, withoutContactIds } from "@/lib/sharing/shared-contact";

// /s/<token>: a read-only conversation for someone without an account. proxy.ts
// has already applied the view limits and refused unknown, expired and revoked
// tokens with the plain 404/410 page; the token is read again here, from the
// database, so a link revoked in between shows nothing.

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sharedPage");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Anything but a page number reads as the first page. */
function pageNumber(raw: string | string[] | undefined): number {
  if (typeof raw !== "string" || !/^\d{1,6}$/.test(raw)) return 1;
  const n = Number(raw);
  return n >= 1 && n <= MAX_PAGE ? n : 1;
}

export default async function SharedConversationPage({ params, searchParams }: Props) {
  const { token } = await params;
  const page = pageNumber((await searchParams).page);
  const found = await resolveShare(token);
  if (found.kind !== "active") notFound();
  const link = found.row;
  const result = await sharedMessages(link, page);
  await shareViewed(link, clientAddress(await headers()));
  const summary = maskedSummary(contactSummary(link.conversationKey, result.messages));
  return (
    <SharedThread
      token={token}
      summary={summary}
      messages={result.messages.map(withoutContactIds)}
      page={page}
      hasOlder={result.hasMore}
      expiresAt={link.expiresAt.toISOString()}
      note={link.note}
      scoped={link.fromMessageId !== null}
    />
  );
}
