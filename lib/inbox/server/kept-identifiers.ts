import { parseIdentifier, parsePhone, MAX_IDENTIFIER_LENGTH } from "@/lib/inbox/identifiers";
import type { ParseOptions, ParseResult } from "@/lib/inbox/identifier-kinds";
import { createTtlCache } from "@/lib/resilience/ttl-cache";

// The server's identifier parses, kept: the inbox names the same few contacts all day
// (each poll's query, every message's contact), and parsing a phone number with
// libphonenumber-js costs tens of microseconds where a lookup costs nothing; it was the
// largest piece of inbox code on a cached /api/messages request (bench:load's profile,
// docs/decisions/speed-against-the-floor.md). The parse is pure, so a kept answer is the
// answer; it is frozen, since every caller shares it. For the server's code (no
// "server-only" guard: the message index's scripts run it under plain Node); the search
// box parses in the browser with identifiers.ts itself and does not ship this cache.

const KEPT_ENTRIES = 5000;
const KEPT_TTL_MS = 10 * 60_000;
/** Longer input is parsed every time (the parse refuses it anyway): a scan cannot fill the cache with it. */
const MAX_KEPT_INPUT = MAX_IDENTIFIER_LENGTH + 32;
const kept = createTtlCache<ParseResult>(KEPT_TTL_MS, KEPT_ENTRIES);

function keep(key: string, input: string, parse: () => ParseResult): ParseResult {
  if (input.length > MAX_KEPT_INPUT) return parse();
  const known = kept.get(key);
  if (known) return known;
  const result = parse();
  Object.freeze(result.ok ? result.identifier : result.problem);
  kept.set(key, Object.freeze(result));
  return result;
}

/** parseIdentifier, kept by its input and options. */
export function parseIdentifierKept(input: string, options: ParseOptions): ParseResult {
  return keep(`id\u0000${options.defaultCountry}\u0000${options.hint ?? ""}\u0000${input}`, input, () =>
    parseIdentifier(input, options),
  );
}

/** parsePhone, kept by its input and default country. */
export function parsePhoneKept(input: string, defaultCountry: string): ParseResult {
  return keep(`phone\u0000${defaultCountry}\u0000${input}`, input, () => parsePhone(input, defaultCountry));
}
