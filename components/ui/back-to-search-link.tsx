import { useTranslations } from "next-intl";
import Link from "next/link";
import { buttonClasses } from "./button";
import { Icon } from "./icon";

/** "Back to search" inside the inbox: a client-side navigation to /inbox. */
export function BackToSearchLink() {
  const t = useTranslations("common");
  return (
    <Link href="/inbox" className={buttonClasses("primary", "md")}>
      <Icon name="arrowLeft" />
      {t("backToSearch")}
    </Link>
  );
}
