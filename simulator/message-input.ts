import { normaliseEmail, normaliseFacebookId, normalisePhone } from "./query";
import type { MessageChanges, NewMessage } from "./store";

// Bodies of POST /__sim/messages and PATCH /__sim/messages/<id>. Strict, unlike
// the list endpoint: a test control that guessed would hide a typo in a test.
// Each parser returns the input or one sentence saying what is wrong.

const MAX_TEXT = 20_000;
const MAX_SHORT = 200;

type Body = Record<string, unknown>;

function isObject(value: unknown): value is Body {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function unknownKeys(body: Body, allowed: readonly string[]): string | null {
  const extra = Object.keys(body).filter((k) => !allowed.includes(k));
  return extra.length > 0 ? `unknown field(s): ${extra.join(", ")} (allowed: ${allowed.join(", ")})` : null;
}

function shortString(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "" && value.length <= MAX_SHORT;
}

/** A string, null or absent (undefined), such as "DELIVERED" or an agent's e-mail; or what is wrong. */
function nullableField(body: Body, key: string): { value: string | null | undefined } | string {
  const value = body[key];
  if (value === undefined || value === null || shortString(value)) return { value };
  return `${key} must be null or a non-empty string of at most ${MAX_SHORT} characters`;
}

const MESSAGE_KEYS = [
  "contact_identifiers",
  "contact_name",
  "channel",
  "direction",
  "text",
  "delivery_status",
  "agent_assigned_to",
];
const CHANGE_KEYS = ["delivery_status", "agent_assigned_to"];

const CONTACT_FIELDS = [
  ["phone_number", "phoneNumber", normalisePhone, "an international number such as +33612345678"],
  ["email", "email", normaliseEmail, "an e-mail address"],
  ["facebook_id", "facebookId", normaliseFacebookId, "fid_ followed by digits"],
] as const;

function parseContact(value: unknown): NewMessage["contact"] | string {
  if (!isObject(value)) return "contact_identifiers must be an object with phone_number, email or facebook_id";
  const unknown = unknownKeys(
    value,
    CONTACT_FIELDS.map(([key]) => key),
  );
  if (unknown) return `contact_identifiers: ${unknown}`;
  const contact: NewMessage["contact"] = {};
  for (const [key, field, normalise, expected] of CONTACT_FIELDS) {
    const raw = value[key];
    if (raw === undefined || raw === null) continue;
    const normalised = typeof raw === "string" ? normalise(raw) : null;
    if (normalised === null) return `contact_identifiers.${key} must be ${expected}`;
    contact[field] = normalised;
  }
  if (Object.keys(contact).length === 0) return "contact_identifiers needs a phone_number, email or facebook_id";
  return contact;
}

export function parseNewMessage(body: unknown): NewMessage | string {
  if (!isObject(body)) return "body must be a JSON object";
  const unknown = unknownKeys(body, MESSAGE_KEYS);
  if (unknown) return unknown;
  const contact = parseContact(body.contact_identifiers);
  if (typeof contact === "string") return contact;
  if (!shortString(body.channel)) return `channel must be a non-empty string of at most ${MAX_SHORT}, such as "sms"`;
  if (body.direction !== "inbound" && body.direction !== "outbound") return 'direction must be "inbound" or "outbound"';
  if (typeof body.text !== "string" || body.text.length > MAX_TEXT) {
    return `text must be a string of at most ${MAX_TEXT} characters`;
  }
  const message: NewMessage = { contact, channel: body.channel, direction: body.direction, text: body.text };
  for (const [key, field] of [
    ["contact_name", "contactName"],
    ["delivery_status", "deliveryStatus"],
    ["agent_assigned_to", "agentAssignedTo"],
  ] as const) {
    const read = nullableField(body, key);
    if (typeof read === "string") return read;
    if (read.value !== undefined) message[field] = read.value;
  }
  return message;
}

export function parseChanges(body: unknown): MessageChanges | string {
  if (!isObject(body)) return "body must be a JSON object";
  const unknown = unknownKeys(body, CHANGE_KEYS);
  if (unknown) return unknown;
  const changes: MessageChanges = {};
  for (const key of ["delivery_status", "agent_assigned_to"] as const) {
    const read = nullableField(body, key);
    if (typeof read === "string") return read;
    if (read.value !== undefined) changes[key] = read.value;
  }
  if (Object.keys(changes).length === 0) return `give at least one of: ${CHANGE_KEYS.join(", ")}`;
  return changes;
}
