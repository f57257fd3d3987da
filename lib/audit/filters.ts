import { isAuditAction, type AuditAction } from "./events";

// The filters of /admin/audit and /api/admin/audit, read from the URL: who
// (an e-mail, matched as a substring), what (one action), when (from/to dates,
// inclusive, in UTC), and the page. Pure; anything unreadable is ignored rather
// than refused, so a hand-edited URL still shows a page.

export interface AuditFilters {
  who: string | null;
  what: AuditAction | null;
  /** YYYY-MM-DD, inclusive. */
  from: string | null;
  /** YYYY-MM-DD, inclusive. */
  to: string | null;
}

export const AUDIT_PAGE_SIZE = 50;
const MAX_PAGE = 10_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string | null): string | null {
  if (!value || !DATE.test(value)) return null;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value ? null : value;
}

type Params = Pick<URLSearchParams, "get">;

export function parseAuditFilters(params: Params): { filters: AuditFilters; page: number } {
  const who = params.get("who")?.trim().toLowerCase().slice(0, 320) || null;
  const whatRaw = params.get("what");
  const pageRaw = params.get("page");
  const page = pageRaw && /^\d{1,5}$/.test(pageRaw) ? Math.min(Math.max(Number(pageRaw), 1), MAX_PAGE) : 1;
  return {
    filters: {
      who,
      what: whatRaw && isAuditAction(whatRaw) ? whatRaw : null,
      from: validDate(params.get("from")),
      to: validDate(params.get("to")),
    },
    page,
  };
}

/** The query string for these filters (and a page), in a fixed order so links compare equal. */
export function auditSearch(filters: AuditFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.who) params.set("who", filters.who);
  if (filters.what) params.set("what", filters.what);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The instants the date filters stand for: [from 00:00, the day after `to` 00:00). */
export function filterRange(filters: AuditFilters): { since: Date | null; before: Date | null } {
  return {
    since: filters.from ? new Date(`${filters.from}T00:00:00Z`) : null,
    before: filters.to ? new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000) : null,
  };
}
