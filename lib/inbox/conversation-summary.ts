import type { Identifier } from "./identifier-kinds";
import type { InboxMessage } from "./types";

// Octopush has no "list conversations" call in our contract, so the inbox list is
// built from the newest messages (all contacts, newest first), grouped by contact.
// Pure: the same messages always give the same list.

export interface ConversationSummary {
  /** Canonical conversation key (phone E.164 > e-mail > fid_); null when the messages name no contact. */
  key: string | null;
  /** Stable React key, even for contacts without an identifier. */
  id: string;
  name: string | null;
  /** The best identifier, readable ("+33 6 12 34 56 78"); null when there is none. */
  identifier: Identifier | null;
  /** What the row is called: the name, else the identifier; null for neither (the row says "Unknown contact"). */
  title: string | null;
  /** The newest message of the contact among those loaded. */
  last: Pick<InboxMessage, "id" | "channel" | "direction" | "deliveryStatus" | "sentAt" | "agent"> & {
    /** The text on one line (newlines and runs of spaces collapsed), or null. */
    preview: string | null;
  };
  /** The agent assigned on the newest message that names one. */
  agent: string | null;
  /** How many of the loaded messages belong to this contact. */
  loadedCount: number;
}

type Kind = "phone" | "email" | "facebook";
const KIND_ORDER: readonly Kind[] = ["phone", "email", "facebook"];

/** One line of text: Octopush texts may hold newlines, tabs and long runs of spaces. */
export function oneLine(text: string | null | undefined): string | null {
  if (!text) return null;
  const line = text.replace(/\s+/g, " ").trim();
  return line === "" ? null : line;
}

interface Group {
  ids: Partial<Record<Kind, Identifier>>;
  messages: InboxMessage[];
  fallbackId: string;
}

/**
 * Groups messages (newest first) by contact; the result is ordered by each
 * contact's newest message. Two messages belong to the same contact when they
 * share any identifier (a WhatsApp and an SMS message both carrying the phone).
 */
export function summarizeConversations(messages: readonly InboxMessage[]): ConversationSummary[] {
  const groups: Group[] = [];
  const byIdentifier = new Map<string, Group>();
  const seenMessageIds = new Set<string>();

  for (const message of messages) {
    // Pages shift while new messages arrive: a message can appear on two pages.
    if (seenMessageIds.has(message.id)) continue;
    seenMessageIds.add(message.id);

    const ids = message.contactIds;
    const values = Object.values(ids).map((id) => id.value);

    let group = values.map((v) => byIdentifier.get(v)).find((g) => g !== undefined);
    if (!group && values.length === 0) {
      // No identifier at all: grouped by name only, never merged with a known contact.
      const fallbackId = `unknown:${message.contactName ?? message.id}`;
      group = groups.find((g) => g.fallbackId === fallbackId && !hasIds(g));
    }
    if (!group) {
      group = { ids: {}, messages: [], fallbackId: `unknown:${message.contactName ?? message.id}` };
      groups.push(group);
    }
    for (const kind of KIND_ORDER) {
      const id = ids[kind];
      if (id && !group.ids[kind]) group.ids[kind] = id;
    }
    for (const v of values) if (!byIdentifier.has(v)) byIdentifier.set(v, group);
    group.messages.push(message);
  }

  return groups.map(toSummary);
}

function hasIds(group: Group): boolean {
  return KIND_ORDER.some((k) => group.ids[k]);
}

function toSummary(group: Group): ConversationSummary {
  const newest = group.messages[0] as InboxMessage;
  const best = KIND_ORDER.map((k) => group.ids[k]).find((id) => id !== undefined) ?? null;
  const name = group.messages.find((m) => m.contactName)?.contactName ?? null;
  return {
    key: best?.value ?? null,
    id: best?.value ?? group.fallbackId,
    name,
    identifier: best,
    title: name ?? best?.display ?? null,
    last: {
      id: newest.id,
      preview: oneLine(newest.text),
      channel: newest.channel,
      direction: newest.direction,
      deliveryStatus: newest.deliveryStatus,
      sentAt: newest.sentAt,
      agent: newest.agent,
    },
    agent: group.messages.find((m) => m.agent)?.agent ?? null,
    loadedCount: group.messages.length,
  };
}
