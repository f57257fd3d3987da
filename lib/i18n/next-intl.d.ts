import type { Messages } from "./catalog";
import type { Locale } from "./locales";

// Typed keys: a t("…") call naming a key the English catalog lacks fails `tsc`.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
