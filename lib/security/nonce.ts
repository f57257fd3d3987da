import "server-only";
import { headers } from "next/headers";
import { NONCE_HEADER } from "./headers";

/**
 * For layouts that render their own inline <script> (a no-flash theme script):
 * `<script nonce={await getNonce()}>`. Without the nonce the CSP blocks it.
 */
export async function getNonce(): Promise<string | undefined> {
  return (await headers()).get(NONCE_HEADER) ?? undefined;
}
