import type { InboxMessage } from "./types";
import { KNOWN_CHANNELS } from "./channels";

// What the conversation header says about the contact, from the messages loaded.

export interface ContactIdentifierEntry {
  kind: "phone" | "email" | "facebook" | "conversation";
  value: string;
}

export interface ContactSummary {
  /** The name, or the best identifier when no message carries one. */
  title: string;
  hasName: boolean;
  identifiers: ContactIdentifierEntry[];
  /** Channels seen, known ones in their usual order, then unknown ones. */
  channels: string[];
  /** Agents named by messages, the most recent first. */
  agents: string[];
}

/** `messages` newest first or oldest first: the newest is found by `newestFirst`. */
export function contactSummary(contactKey: string, newestFirst: readonly InboxMessage[]): ContactSummary {
  const name = newestFirst.find((m) => m.contactName)?.contactName ?? null;
  const phone = newestFirst.find((m) => m.contact.phone)?.contact.phone ?? null;
  const email = newestFirst.find((m) => m.contact.email)?.contact.email ?? null;
  const facebookId = newestFirst.find((m) => m.contact.facebookId)?.contact.facebookId ?? null;

  const identifiers: ContactIdentifierEntry[] = [];
  const keyPhone = contactKey.startsWith("+") ? contactKey : null;
  const keyEmail = contactKey.includes("@") ? contactKey : null;
  const keyFid = contactKey.startsWith("fid_") ? contactKey : null;
  const phoneValue = phone ?? keyPhone;
  const emailValue = email ?? keyEmail;
  const fidValue = facebookId ?? keyFid;
  if (phoneValue) identifiers.push({ kind: "phone", value: phoneValue });
  if (emailValue) identifiers.push({ kind: "email", value: emailValue });
  if (fidValue) identifiers.push({ kind: "facebook", value: fidValue });
  if (contactKey.startsWith("cid_")) identifiers.push({ kind: "conversation", value: contactKey });

  const seen = new Set<string>();
  for (const m of newestFirst) if (m.channel) seen.add(m.channel.toLowerCase());
  const known = KNOWN_CHANNELS.filter((c) => seen.has(c));
  const unknown = [...seen].filter((c) => !KNOWN_CHANNELS.includes(c)).sort();

  const agents: string[] = [];
  for (const m of newestFirst) if (m.agent && !agents.includes(m.agent)) agents.push(m.agent);

  return {
    title: name ?? phoneValue ?? emailValue ?? fidValue ?? contactKey,
    hasName: name !== null,
    identifiers,
    channels: [...known, ...unknown],
    agents,
  };
}
