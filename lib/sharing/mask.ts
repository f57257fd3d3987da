// What a visitor of a shared link sees of the contact's identifiers: enough to
// recognise them, not enough to reach them. Pure.

const KEEP_DIGITS = 2;

/** "+33612345678" → "+•• ••• ••• •78": every digit but the last two becomes "•"; separators stay. */
export function maskPhone(phone: string): string {
  const total = [...phone].filter((c) => /\d/.test(c)).length;
  let seen = 0;
  return [...phone]
    .map((c) => {
      if (!/\d/.test(c)) return c;
      seen += 1;
      return seen > total - KEEP_DIGITS ? c : "•";
    })
    .join("");
}

/** "jane.doe@example.com" → "•••@example.com": the domain stays, the local part goes. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 0) return "•••";
  return `•••${email.slice(at)}`;
}

/** Any other identifier (a Facebook id, a conversation id): only the last characters. */
export function maskOther(value: string): string {
  return value.length <= 4 ? "•••" : `•••${value.slice(-KEEP_DIGITS)}`;
}
