import { ThreadSkeleton } from "@/components/inbox/thread-states";

export default function Loading() {
  return <ThreadSkeleton />;
}
