import { MAX_IDENTIFIER_LENGTH, type IdentifierKind } from "@/lib/inbox/identifiers";
import { z } from "zod";
import { englishProblem } from "@/lib/i18n/english";
import { parseIdentifierKept, parsePhoneKept } from "./kept-identifiers";

// The query of GET /api/messages, validated before anything reaches Octopush:
// Octopush casts or drops what it cannot read, so a bad filter could silently
// widen a search to every message. Pure, so it is tested as a table.
//
// One filter at a time: Octopush's answer to several is undocumented (the
// simulator intersects), and the inbox never needs more than one, so two
// filters are a mistake to report, not a query to guess at.
// Every filter value is NFKC-normalised first, as the search box does
// (parseIdentifier): fullwidth digits and a fullwidth "＠" read as their ASCII
// forms whichever filter carries them; the canonical value sent is ASCII.

export const FILTER_PARAMS = ["contact", "phone_number", "email", "facebook_id", "conversation_id"] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];
const ALLOWED_PARAMS = new Set<string>(["page", "per_page", ...FILTER_PARAMS]);

export const MAX_PAGE = 100_000;
/** The largest page asked of Octopush in one call (its own maximum is undocumented: NOTES.md). */
export const UPSTREAM_MAX_PER_PAGE = 100;
/** Larger pages, for deep history, are whole multiples of UPSTREAM_MAX_PER_PAGE, served from several Octopush calls. */
export const MAX_PER_PAGE = 1000;
export const DEFAULT_PER_PAGE = 50;

const PER_PAGE_MESSAGE = `per_page must be a whole number from 1 to ${UPSTREAM_MAX_PER_PAGE}, or a multiple of ${UPSTREAM_MAX_PER_PAGE} up to ${MAX_PER_PAGE}.`;

/** per_page: 1..100 is one Octopush page; 200, 300 ... 1000 are split into pages of 100 (fetch-messages.ts). */
const perPageSchema = z
  .string()
  .regex(/^\d{1,7}$/, PER_PAGE_MESSAGE)
  .transform(Number)
  .refine(
    (n) => n >= 1 && (n <= UPSTREAM_MAX_PER_PAGE || (n <= MAX_PER_PAGE && n % UPSTREAM_MAX_PER_PAGE === 0)),
    PER_PAGE_MESSAGE,
  );

export interface MessagesQuery {
  page: number;
  perPage: number;
  filters: Partial<Record<FilterParam, string>>;
}

export type QueryResult = { ok: true; query: MessagesQuery } | { ok: false; message: string };

const FILTER_KIND: Record<Exclude<FilterParam, "contact" | "phone_number">, IdentifierKind> = {
  email: "email",
  facebook_id: "facebook",
  conversation_id: "conversation",
};

function parseBoundedInt(name: string, raw: string | null, fallback: number, max: number): number | string {
  if (raw === null) return fallback;
  if (!/^\d{1,7}$/.test(raw)) return `${name} must be a whole number from 1 to ${max}.`;
  const n = Number(raw);
  if (n < 1 || n > max) return `${name} must be a whole number from 1 to ${max}.`;
  return n;
}

export function parseMessagesQuery(params: URLSearchParams, defaultCountry: string): QueryResult {
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (!ALLOWED_PARAMS.has(key)) {
      return {
        ok: false,
        message: `Unknown parameter "${key.slice(0, 40)}". Allowed: ${[...ALLOWED_PARAMS].join(", ")}.`,
      };
    }
    if (seen.has(key)) return { ok: false, message: `The parameter "${key}" is given more than once.` };
    seen.add(key);
  }

  const page = parseBoundedInt("page", params.get("page"), 1, MAX_PAGE);
  if (typeof page === "string") return { ok: false, message: page };
  const rawPerPage = params.get("per_page");
  const parsedPerPage = rawPerPage === null ? null : perPageSchema.safeParse(rawPerPage);
  if (parsedPerPage && !parsedPerPage.success) return { ok: false, message: PER_PAGE_MESSAGE };
  const perPage = parsedPerPage ? parsedPerPage.data : DEFAULT_PER_PAGE;

  const given = FILTER_PARAMS.filter((name) => params.has(name));
  if (given.length > 1) {
    return { ok: false, message: `Use one filter at a time (got ${given.join(", ")}).` };
  }

  const filters: MessagesQuery["filters"] = {};
  for (const name of FILTER_PARAMS) {
    const original = params.get(name);
    if (original === null) continue;
    const raw = original.normalize("NFKC");
    if (raw.length > MAX_IDENTIFIER_LENGTH) {
      return { ok: false, message: `${name} is too long (${MAX_IDENTIFIER_LENGTH} characters at most).` };
    }
    const result =
      name === "phone_number"
        ? parsePhoneKept(raw, defaultCountry)
        : parseIdentifierKept(raw, { defaultCountry, hint: name === "contact" ? undefined : FILTER_KIND[name] });
    if (!result.ok) return { ok: false, message: `${name}: ${englishProblem(result.problem)}` };
    if (name !== "contact" && name !== "phone_number" && result.identifier.kind !== FILTER_KIND[name]) {
      return {
        ok: false,
        message: `${name} does not look like ${name === "email" ? "an e-mail address" : `a ${name.replace("_", " ")}`}.`,
      };
    }
    filters[name] = result.identifier.value;
  }
  return { ok: true, query: { page, perPage, filters } };
}
