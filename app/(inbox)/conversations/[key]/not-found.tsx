import { BackToSearchLink, StatePanel } from "@/components/ui/state-panel";

// The URL's key is not a phone number, e-mail, fid_ or cid_: no conversation can match it.
export default function ConversationNotFound() {
  return (
    <StatePanel title="This is not a conversation link" action={<BackToSearchLink />}>
      A conversation is named by a phone number, an e-mail address, a Facebook id (fid_…) or a conversation id (cid_…).
    </StatePanel>
  );
}
