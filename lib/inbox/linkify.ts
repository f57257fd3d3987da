// Message text → plain-text and link segments. Only http(s) URLs become links;
// everything is rendered by React as text, never as HTML.
//
// Links are built while the server renders a thread, so this must stay linear in
// the length of the text, whatever a sender puts in it: one regex pass, then one
// pass over each candidate. A candidate longer than MAX_LINK_LENGTH stays text,
// and so does everything after the first MAX_LINKS links.

export type TextSegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

/** Longer than any link a person shares; browsers and proxies start refusing URLs beyond this. */
export const MAX_LINK_LENGTH = 2048;
/** No message a person writes holds more; past this, building each link (new URL) is the cost. */
export const MAX_LINKS = 200;

// A URL runs until whitespace or a character that cannot end it in prose.
const URL_RE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Punctuation that usually closes the sentence rather than the URL.
const TRAILING = new Set([...".,;:!?)]}*_~'\"»…"]);
const OPENER: Readonly<Record<string, string>> = { ")": "(", "]": "[", "}": "{" };

/**
 * Drops trailing punctuation, but keeps closing brackets that close one opened
 * inside the URL (wikipedia_(x)). Bracket balance is counted once, not per
 * character of the tail: a tail of n brackets costs O(n), not O(n²).
 */
function trimTrailing(candidate: string): string {
  let end = candidate.length;
  while (end > 0 && TRAILING.has(candidate[end - 1] ?? "")) end -= 1;
  if (end === candidate.length) return candidate;
  const open: Record<string, number> = { "(": 0, "[": 0, "{": 0 };
  for (let i = 0; i < end; i += 1) {
    const ch = candidate[i] ?? "";
    if (ch in open) open[ch] = (open[ch] ?? 0) + 1;
    const opener = OPENER[ch];
    if (opener) open[opener] = (open[opener] ?? 0) - 1;
  }
  let kept = end;
  for (; kept < candidate.length; kept += 1) {
    const opener = OPENER[candidate[kept] ?? ""];
    if (!opener || (open[opener] ?? 0) <= 0) break;
    open[opener] = (open[opener] ?? 0) - 1;
  }
  return candidate.slice(0, kept);
}

function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (!url.hostname) return null;
    return url.href;
  } catch {
    return null;
  }
}

export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  const push = (t: string) => {
    if (!t) return;
    const prev = segments[segments.length - 1];
    if (prev?.kind === "text") prev.text += t;
    else segments.push({ kind: "text", text: t });
  };
  let links = 0;
  for (const match of text.matchAll(URL_RE)) {
    if (links === MAX_LINKS) break;
    const start = match.index;
    const candidate = trimTrailing(match[0]);
    if (candidate.length <= "https://".length || candidate.length > MAX_LINK_LENGTH) continue;
    const href = safeHref(candidate);
    if (!href) continue;
    push(text.slice(last, start));
    segments.push({ kind: "link", text: candidate, href });
    links += 1;
    last = start + candidate.length;
  }
  push(text.slice(last));
  return segments;
}
