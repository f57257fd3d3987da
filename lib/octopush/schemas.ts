import { z } from "zod";

// Octopush's wire shapes, kept apart from the inbox's own (lib/inbox/types.ts).
// Tolerant on purpose (shared/octopush/NOTES.md, outside this repo: "treat every
// field but message_id as optional or nullable, and keep unknown fields"): every
// field but message_id may be missing, null or of another type; unknown fields and unknown channel or
// status values are kept. A field of the wrong type becomes null, not a failure.

const text = z.string().nullish().catch(null);
const idLike = z
  .union([z.string(), z.number()])
  .transform((v) => String(v))
  .nullish()
  .catch(null);

// GET /conversations/messages/list: one element of the bare array.
export const octopushMessageSchema = z.looseObject({
  message_id: z.union([z.string().min(1), z.number()]).transform((v) => String(v)),
  text,
  direction: text,
  delivery_status: text,
  channel: text,
  user_identifier: idLike,
  user_identifiers: z
    .looseObject({ phone_number: idLike, email: text, facebook_page_id: idLike })
    .nullish()
    .catch(null),
  agent_assigned_to: z
    .union([z.string(), z.number(), z.looseObject({})])
    .nullish()
    .catch(null),
  contact_name: text,
  contact_identifiers: z.looseObject({ phone_number: idLike, email: text, facebook_id: idLike }).nullish().catch(null),
  // Not in the contract's example; Octopush's other objects use ISO 8601 dates.
  created_at: text,
  sent_at: text,
  date: text,
});

export type OctopushMessage = z.infer<typeof octopushMessageSchema>;

// GET /conversations/messages/list: the whole answer, a bare array.
export const octopushListSchema = z.array(z.unknown());

// Error bodies seen from v1: { code, message } (official PHP client, issue #20).
export const octopushErrorBodySchema = z.looseObject({
  code: z.union([z.number(), z.string()]).optional().catch(undefined),
  message: z.string().optional().catch(undefined),
});

/** The documented query parameters of GET /conversations/messages/list. */
export interface ListMessagesParams {
  page?: number;
  per_page?: number;
  contact?: string;
  phone_number?: string;
  email?: string;
  facebook_id?: string;
  conversation_id?: string;
}
