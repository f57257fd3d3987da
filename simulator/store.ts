import { createPrng } from "./prng";
import { pageOf, selectMessages } from "./query";
import type { ChronologicalData, ListQuery } from "./query";
import { PHONE_CHANNELS, SEED_FACTS, companySide } from "./seed";
import type { SeedContact, SeedConversation, SeedData, SeedIndexes, SeedMessage, WireMessage } from "./seed";

// The simulator's messages while it runs: the seed, plus what tests and the live
// feed add, with the changes tests make. One store per server; the memoised seed
// is never changed, so tests in one process cannot leak into each other.

export interface NewMessage {
  /** At least one. An existing contact with that phone, else e-mail, else Facebook id, receives it. */
  contact: { phoneNumber?: string; email?: string; facebookId?: string };
  /** Name of a contact created by this message; an existing contact keeps its own. */
  contactName?: string | null;
  channel: string;
  direction: "inbound" | "outbound";
  text: string;
  /** Default: "sending" when outbound, null when inbound (as the seed). */
  deliveryStatus?: string | null;
  /** Default: the conversation's agent. */
  agentAssignedTo?: string | null;
}

export interface MessageChanges {
  delivery_status?: string | null;
  agent_assigned_to?: string | null;
}

export interface AddedMessage {
  message: WireMessage;
  /** ISO, whether or not the message carries `created_at` (even-indexed contacts only). */
  at: string;
  contactIndex: number;
  conversationId: string;
  newContact: boolean;
}

export interface StoreSummary {
  facts: typeof SEED_FACTS & { referenceTime: string };
  totalMessages: number;
  contacts: readonly SeedContact[];
}

export interface MessageStore {
  readonly referenceTime: string;
  /** One page, newest first. */
  list(query: ListQuery): WireMessage[];
  add(input: NewMessage): AddedMessage;
  /** null when no message has that id. */
  update(messageId: string, changes: MessageChanges): WireMessage | null;
  contacts(): readonly SeedContact[];
  summary(): StoreSummary;
}

const reversed = <T>(list: readonly T[]): T[] => list.slice().reverse();

function reversedLists<K>(map: ReadonlyMap<K, readonly SeedMessage[]>): Map<K, SeedMessage[]> {
  return new Map([...map].map(([key, list]) => [key, reversed(list)]));
}

function copiedLists<K>(map: ReadonlyMap<K, readonly number[]>): Map<K, number[]> {
  return new Map([...map].map(([key, list]) => [key, [...list]]));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `now` stamps added messages (injected so tests control it); each is newer than the newest. */
export function createStore(seed: SeedData, now: () => number = Date.now): MessageStore {
  // Oldest first everywhere, so adding a message is a push and page N costs one page.
  const data: ChronologicalData = {
    contacts: seed.contacts.map((c) => ({
      ...c,
      channels: [...c.channels],
      conversations: c.conversations.map((v) => ({ ...v })),
    })),
    messages: reversed(seed.messages),
    indexes: {
      byContact: reversedLists(seed.indexes.byContact),
      phoneConversationsByPhone: reversedLists(seed.indexes.phoneConversationsByPhone),
      facebookByFacebookId: reversedLists(seed.indexes.facebookByFacebookId),
      byConversation: reversedLists(seed.indexes.byConversation),
      contactsByPhone: copiedLists(seed.indexes.contactsByPhone),
      contactsByEmail: copiedLists(seed.indexes.contactsByEmail),
      contactsByFacebookId: copiedLists(seed.indexes.contactsByFacebookId),
      contactByConversation: new Map(seed.indexes.contactByConversation),
    } satisfies SeedIndexes,
  };
  // Built on the first add or change: most runs (and 200,000-message benchmarks) never need it.
  let byIdMemo: Map<string, SeedMessage> | undefined;
  const byId = (): Map<string, SeedMessage> => (byIdMemo ??= new Map(data.messages.map((m) => [m.wire.message_id, m])));
  // Changed messages: the seed's wire objects are shared, so a change is a new object read in their place.
  const changed = new Map<string, WireMessage>();
  const view = (m: SeedMessage): WireMessage => changed.get(m.wire.message_id) ?? m.wire;
  const r = createPrng(SEED_FACTS.prngSeed ^ 0xadd);

  function findContact(ids: NewMessage["contact"]): SeedContact | undefined {
    const { contactsByPhone, contactsByEmail, contactsByFacebookId } = data.indexes;
    const index =
      (ids.phoneNumber !== undefined ? contactsByPhone.get(ids.phoneNumber)?.[0] : undefined) ??
      (ids.email !== undefined ? contactsByEmail.get(ids.email)?.[0] : undefined) ??
      (ids.facebookId !== undefined ? contactsByFacebookId.get(ids.facebookId)?.[0] : undefined);
    return index === undefined ? undefined : data.contacts[index];
  }

  function newContact(input: NewMessage): SeedContact {
    const index = data.contacts.length;
    const contact: SeedContact = {
      index,
      name: input.contactName ?? null,
      phoneNumber: input.contact.phoneNumber ?? null,
      email: input.contact.email ?? null,
      facebookId: input.contact.facebookId ?? null,
      hasCreatedAt: index % 2 === 0,
      conversations: [],
      channels: [],
      messageCount: 0,
    };
    data.contacts.push(contact);
    const { contactsByPhone, contactsByEmail, contactsByFacebookId } = data.indexes;
    if (contact.phoneNumber) push(contactsByPhone, contact.phoneNumber, index);
    if (contact.email) push(contactsByEmail, contact.email, index);
    if (contact.facebookId) push(contactsByFacebookId, contact.facebookId, index);
    return contact;
  }

  function conversationFor(contact: SeedContact, channel: string): SeedConversation {
    const found = contact.conversations.find((c) => c.channel === channel);
    if (found) return found;
    const conversation: SeedConversation = {
      conversationId: `cid_${r.uuidV4()}`,
      channel,
      agent: null,
      messageCount: 0,
    };
    contact.conversations.push(conversation);
    contact.channels.push(channel);
    data.indexes.contactByConversation.set(conversation.conversationId, contact.index);
    return conversation;
  }

  return {
    referenceTime: seed.referenceTime,
    list: (query) => pageOf(selectMessages(data, query), query.page, query.perPage, view),
    add(input) {
      const existing = findContact(input.contact);
      const contact = existing ?? newContact(input);
      const conversation = conversationFor(contact, input.channel);
      let id = r.hex(24);
      while (byId().has(id)) id = r.hex(24);
      const newest = data.messages.at(-1)?.timestamp ?? Number.NEGATIVE_INFINITY;
      // Always first in the newest-first order, even when the seed's times are in the future.
      const timestamp = Math.max(now(), newest + 1);
      const side = companySide(input.channel);
      const wire: WireMessage = {
        message_id: id,
        text: input.text,
        direction: input.direction,
        delivery_status:
          input.deliveryStatus !== undefined ? input.deliveryStatus : input.direction === "outbound" ? "sending" : null,
        channel: input.channel,
        user_identifier: side.id,
        user_identifiers: side.ids,
        agent_assigned_to: input.agentAssignedTo !== undefined ? input.agentAssignedTo : conversation.agent,
        contact_name: contact.name,
        contact_identifiers: {
          phone_number: contact.phoneNumber,
          email: contact.email,
          facebook_id: contact.facebookId,
        },
      };
      if (contact.hasCreatedAt) wire.created_at = new Date(timestamp).toISOString();
      const message: SeedMessage = {
        wire,
        contactIndex: contact.index,
        conversationId: conversation.conversationId,
        timestamp,
      };
      const { indexes } = data;
      data.messages.push(message);
      byId().set(id, message);
      push(indexes.byContact, contact.index, message);
      push(indexes.byConversation, conversation.conversationId, message);
      if (contact.phoneNumber && PHONE_CHANNELS.includes(input.channel)) {
        push(indexes.phoneConversationsByPhone, contact.phoneNumber, message);
      }
      if (contact.facebookId && input.channel === "facebook") {
        push(indexes.facebookByFacebookId, contact.facebookId, message);
      }
      conversation.messageCount += 1;
      contact.messageCount += 1;
      return {
        message: wire,
        at: new Date(timestamp).toISOString(),
        contactIndex: contact.index,
        conversationId: conversation.conversationId,
        newContact: existing === undefined,
      };
    },
    update(messageId, changes) {
      const message = byId().get(messageId);
      if (!message) return null;
      const next = { ...view(message), ...changes };
      changed.set(messageId, next);
      return next;
    },
    contacts: () => data.contacts,
    summary: () => ({
      facts: { ...SEED_FACTS, referenceTime: seed.referenceTime },
      totalMessages: data.messages.length,
      contacts: data.contacts,
    }),
  };
}
