import "server-only";
import { headers } from "next/headers";

/** The header proxy.ts puts this request's CSP nonce in (Next reads the CSP header itself). */
export const NONCE_HEADER = "x-nonce";

/**
 * For layouts that render their own inline <script> (a no-flash theme script):
 * `<script nonce={await getNonce()}>`. Without the nonce the CSP blocks it.
 */
export async function getNonce(): Promise<string | undefined> {
  return (await headers()).get(NONCE_HEADER) ?? undefined;
}
