import { getTranslations } from "next-intl/server";

// A link revoked between proxy.ts's check and the page: the same words as the
// proxy's 404/410 page, and no link into the app.
export default async function SharedLinkGone() {
  const t = await getTranslations("sharedPage");
  return (
    <main className="mx-auto max-w-lg px-6 py-20 text-center">
      <h1 className="text-xl font-semibold">{t("goneTitle")}</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">{t("gone")}</p>
    </main>
  );
}
