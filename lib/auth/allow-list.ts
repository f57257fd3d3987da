// Who may enter the inbox: INBOX_ALLOWED_EMAILS, comma-separated addresses and
// "@domain" entries, case-insensitive. Pure, so the rules are unit tested.
//
// Unset (null) means: password accounts may enter (an administrator created each
// one with `npm run users`), single sign-on identities may not. lib/config/env.ts refuses
// to start with SSO configured and no list, so that case is a safety net only.

export interface AllowList {
  addresses: ReadonlySet<string>;
  domains: ReadonlySet<string>;
  problems: string[];
}

export type SignInMethod = "password" | "oidc";

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const ADDRESS = /^[^\s@,]+@([^\s@,]+)$/;

export function parseAllowList(raw: string): AllowList {
  const addresses = new Set<string>();
  const domains = new Set<string>();
  const problems: string[] = [];
  for (const part of raw.split(",")) {
    const entry = part.trim().toLowerCase();
    if (!entry) continue;
    if (entry.startsWith("@")) {
      const domain = entry.slice(1);
      if (DOMAIN.test(domain)) domains.add(domain);
      else problems.push(`"${part.trim()}" is not a domain entry (write @example.com)`);
      continue;
    }
    const match = ADDRESS.exec(entry);
    if (match && DOMAIN.test(match[1] ?? "")) addresses.add(entry);
    else problems.push(`"${part.trim()}" is neither an e-mail address nor an @domain entry`);
  }
  if (problems.length === 0 && addresses.size === 0 && domains.size === 0) problems.push("the list is empty");
  return { addresses, domains, problems };
}

/** Whether this identity may enter. `@acme.example` matches that domain exactly, not its subdomains. */
export function isAllowed(list: AllowList | null, email: string | null | undefined, method: SignInMethod): boolean {
  if (!email) return false;
  const normalized = email.trim().toLowerCase();
  if (!list) return method === "password";
  if (list.addresses.has(normalized)) return true;
  const at = normalized.lastIndexOf("@");
  return at > 0 && list.domains.has(normalized.slice(at + 1));
}
