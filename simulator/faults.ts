import type { WireMessage } from "./seed";

export interface FaultSpec {
  match?: string;
  times?: number;
  latencyMs?: number;
  status?: number;
  retryAfter?: number;
  hang?: boolean;
  malformed?: boolean;
  wrongShape?: boolean;
  unknownFields?: boolean;
  nulls?: boolean;
}

export interface FaultRule extends FaultSpec {
  id: number;
  /** Requests this rule still applies to; undefined means unlimited. */
  remaining?: number;
}

const BOOLEAN_KEYS = ["hang", "malformed", "wrongShape", "unknownFields", "nulls"] as const;
const NUMBER_KEYS = ["times", "latencyMs", "status", "retryAfter"] as const;

/** Validates a POST body strictly: a typo in a test should fail loudly, not inject nothing. */
export function parseFaultSpec(body: unknown): FaultSpec | string {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return "body must be a JSON object";
  const known = new Set<string>(["match", ...BOOLEAN_KEYS, ...NUMBER_KEYS]);
  const record = body as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!known.has(key)) return `unknown key: ${key}`;
  const spec: FaultSpec = {};
  if (record.match !== undefined) {
    if (typeof record.match !== "string") return "match must be a string";
    spec.match = record.match;
  }
  for (const key of BOOLEAN_KEYS) {
    const value = record[key];
    if (value === undefined) continue;
    if (typeof value !== "boolean") return `${key} must be a boolean`;
    spec[key] = value;
  }
  for (const key of NUMBER_KEYS) {
    const value = record[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
      return `${key} must be a non-negative integer`;
    spec[key] = value;
  }
  if (spec.status !== undefined && (spec.status < 100 || spec.status > 599)) return "status must be an HTTP status";
  return spec;
}

export interface FaultStore {
  add(spec: FaultSpec): FaultRule;
  clear(): void;
  list(): readonly FaultRule[];
  /** Finds the earliest-added live rule for this request and consumes one use of it. */
  take(haystacks: readonly string[]): FaultRule | undefined;
}

export function createFaultStore(): FaultStore {
  let rules: FaultRule[] = [];
  let nextId = 1;
  return {
    add(spec) {
      const rule: FaultRule = { ...spec, id: nextId };
      if (spec.times !== undefined) rule.remaining = spec.times;
      nextId += 1;
      rules.push(rule);
      return rule;
    },
    clear() {
      rules = [];
    },
    list: () => rules,
    take(haystacks) {
      const rule = rules.find(
        (r) =>
          (r.remaining === undefined || r.remaining > 0) &&
          (r.match === undefined || haystacks.some((h) => h.includes(r.match ?? ""))),
      );
      if (rule?.remaining !== undefined) rule.remaining -= 1;
      return rule;
    },
  };
}

/** Fields a future API version might add; a tolerant client must keep or ignore them. */
export function withUnknownFields(message: WireMessage): Record<string, unknown> {
  return {
    ...message,
    user_identifiers: { ...message.user_identifiers, whatsapp_business_id: "wa_1029384756" },
    contact_identifiers: { ...message.contact_identifiers, instagram_id: null },
    reactions: [{ emoji: "👍", by: "contact", at: "2025-06-01T10:00:00Z" }],
    x_future: { version: 2, flags: ["beta"], nested: { deep: true } },
  };
}

/** Every field but message_id is null; some messages lose their fields altogether. */
export function withNulls(message: WireMessage, position: number): Record<string, unknown> {
  if (position % 4 === 1) return { message_id: message.message_id };
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(message)) out[key] = key === "message_id" ? message.message_id : null;
  return out;
}
