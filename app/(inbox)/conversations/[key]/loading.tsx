import { ThreadSkeleton } from "@/components/inbox/thread/thread-states";

export default function Loading() {
  return <ThreadSkeleton />;
}
