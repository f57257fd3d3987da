import { ThreadSkeleton } from "@/components/inbox/thread/thread-skeleton";

export default function Loading() {
  return <ThreadSkeleton />;
}
