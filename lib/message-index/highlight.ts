import { normalizeForSearch } from "./normalize";

// Marks what a search matched in the original text (with its case and accents):
// each word of the text is normalized the way the index normalizes it and
// compared with the query's words. Pure; the browser draws hits as <mark> from
// these segments, as text, never as HTML.

export interface Segment {
  text: string;
  hit: boolean;
}

// A word as the index sees one: letters, digits and the marks (accents) on them.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** A query word that the word matches (the last query word as a prefix, as the search does). */
function matches(word: string, words: readonly string[]): boolean {
  const normalized = normalizeForSearch(word);
  if (normalized === "") return false;
  const last = words[words.length - 1];
  // One text word may normalize to several ("ﬁ" → "fi" stays one; "½" → "1 2" is two).
  return normalized.split(" ").some((part) => words.includes(part) || (last !== undefined && part.startsWith(last)));
}

/** The text cut into hits and the rest; adjacent pieces of one kind are merged. */
export function highlight(text: string, words: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  const push = (piece: string, hit: boolean) => {
    if (piece === "") return;
    const previous = segments[segments.length - 1];
    if (previous && previous.hit === hit) previous.text += piece;
    else segments.push({ text: piece, hit });
  };
  let at = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    push(text.slice(at, start), false);
    push(match[0], words.length > 0 && matches(match[0], words));
    at = start + match[0].length;
  }
  push(text.slice(at), false);
  return segments;
}

/**
 * At most about `maxLength` characters of the text around its first hit, cut at
 * spaces, with "…" where text was left out; from the start when nothing matched
 * (the hit was in the contact's name).
 */
export function snippet(text: string, words: readonly string[], maxLength = 160): Segment[] {
  const flat = text.replace(/\s+/g, " ").trim();
  const all = highlight(flat, words);
  if (flat.length <= maxLength) return all;
  let firstHit = 0;
  let offset = 0;
  for (const segment of all) {
    if (segment.hit) {
      firstHit = offset;
      break;
    }
    offset += segment.text.length;
  }
  // Some context before the hit, most of the room after it.
  let start = Math.max(0, firstHit - Math.floor(maxLength / 4));
  if (start > 0) {
    const space = flat.indexOf(" ", start);
    start = space !== -1 && space < firstHit ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + maxLength);
  if (end < flat.length) {
    const space = flat.lastIndexOf(" ", end);
    end = space > start ? space : end;
  }
  const cut = highlight(flat.slice(start, end), words);
  if (start > 0) cut.unshift({ text: "…", hit: false });
  if (end < flat.length) cut.push({ text: "…", hit: false });
  return cut;
}
