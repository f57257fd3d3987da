// Runs before the page paints, so a dark-mode agent never sees a white flash.
// Kept apart from the toggle (a client module) so the root layout, a server
// component, can include it. Keep THEME_STORAGE_KEY in step with theme-toggle.tsx.
export const THEME_STORAGE_KEY = "octopush-inbox-theme";

const script = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});var d=t==="dark"||(t!=="light"&&window.matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d);}catch(e){}})();`;

/** `nonce`: this request's CSP nonce (lib/security/nonce.ts getNonce()); without it the CSP blocks the script. */
export function ThemeScript({ nonce }: { nonce?: string }) {
  // A constant written here, never data: the one place inline HTML is acceptable.
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
