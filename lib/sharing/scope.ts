import type { InboxMessage, MessagesPage } from "@/lib/inbox/types";

// What a link scoped "from a message onward" shows of one page of the
// conversation (newest first): the messages dated at or after the chosen one,
// and that message itself. Undated messages are left out: nothing says they
// are newer. Pure.

export function scopePage(page: MessagesPage, from: { messageId: string; sentAt: Date } | null): MessagesPage {
  if (!from) return page;
  const since = from.sentAt.getTime();
  const inScope = (m: InboxMessage) =>
    m.id === from.messageId || (m.sentAt !== null && new Date(m.sentAt).getTime() >= since);
  const messages = page.messages.filter(inScope);
  // Once a message falls outside, every older page does too.
  const reachedStart = messages.length < page.messages.length;
  return { ...page, messages, hasMore: page.hasMore && !reachedStart };
}
