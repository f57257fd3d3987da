// What full-text search reads and what a query is compared with: lower case, no
// accents, words of letters and digits with one space between them (PostgreSQL's
// parser would read "A-48213" as "a" and the signed integer "-48213"). Done here, not with PostgreSQL's unaccent
// extension, so PGlite and PostgreSQL index exactly the same words ("Zoë" → "zoe").

const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower case, accents and other marks removed, NFKC-folded (full-width digits → digits), punctuation → space. */
export function normalizeForSearch(value: string): string {
  return value.normalize("NFKD").replace(MARKS, "").normalize("NFKC").toLowerCase().replace(NOT_WORD, " ").trim();
}

/** The text one message is found by: its contact's name and its own text. */
export function messageSearchText(contactName: string | null, body: string | null): string {
  return normalizeForSearch(`${contactName ?? ""} ${body ?? ""}`);
}
