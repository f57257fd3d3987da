// Message text → plain-text and link segments. Only http(s) URLs become links;
// everything is rendered by React as text, never as HTML.

export type TextSegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// A URL runs until whitespace or a character that cannot end it in prose.
const URL_RE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Punctuation that usually closes the sentence rather than the URL.
const TRAILING_RE = /[.,;:!?)\]}*_~'"»…]+$/;

function trimTrailing(candidate: string): string {
  let url = candidate;
  for (;;) {
    const match = TRAILING_RE.exec(url);
    if (!match) return url;
    let trimmed = url.slice(0, match.index);
    // Keep a closing bracket that closes one opened inside the URL (wikipedia_(x)).
    const tail = match[0];
    let kept = "";
    for (const ch of tail) {
      const open = ch === ")" ? "(" : ch === "]" ? "[" : ch === "}" ? "{" : null;
      if (open && count(trimmed + kept, open) > count(trimmed + kept, ch)) kept += ch;
      else break;
    }
    trimmed += kept;
    if (trimmed === url) return url;
    url = trimmed;
    if (kept) return url;
  }
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
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
  for (const match of text.matchAll(URL_RE)) {
    const start = match.index;
    const candidate = trimTrailing(match[0]);
    const href = safeHref(candidate);
    if (!href || candidate.length <= "https://".length) continue;
    push(text.slice(last, start));
    segments.push({ kind: "link", text: candidate, href });
    last = start + candidate.length;
  }
  push(text.slice(last));
  return segments;
}
