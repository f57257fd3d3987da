// How a contact is shown in the inbox list and the thread header (times are in
// date-format.ts, with the agent's language).

/** Up to two initials from a name's words made of letters ("Éloïse Müller" → "ÉM"); null without any. */
export function initialsOf(name: string | null): string | null {
  if (!name) return null;
  const words = name.split(/\s+/).filter((w) => /^[\p{L}\p{M}'’.-]+$/u.test(w) && /\p{L}/u.test(w));
  const first = words[0];
  if (!first) return null;
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letter = (w: string) => (Array.from(w.replace(/^[^\p{L}]+/u, ""))[0] ?? "").toLocaleUpperCase();
  return letter(first) + (last ? letter(last) : "");
}
