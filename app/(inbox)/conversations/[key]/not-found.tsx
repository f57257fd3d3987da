import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";

// The URL's key is not a phone number, e-mail, fid_ or cid_: no conversation can match it.
export default function ConversationNotFound() {
  return (
    <div className="flex flex-1 items-center justify-center p-6">
      <div className="max-w-md text-center">
        <h1 className="text-lg font-semibold text-zinc-900 dark:text-white">This is not a conversation link</h1>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          A conversation is named by a phone number, an e-mail address, a Facebook id (fid_…) or a conversation id (cid_…).
        </p>
        <Link href="/inbox" className={buttonClasses("primary", "md", "mt-5")}>
          <Icon name="arrowLeft" />
          Back to search
        </Link>
      </div>
    </div>
  );
}
