import { LoadingPanel } from "@/components/ui/state-panel";

export default function InboxLoading() {
  return <LoadingPanel />;
}
