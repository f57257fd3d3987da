export default function InboxLoading() {
  return (
    <div role="status" className="flex flex-1 items-center justify-center p-8 text-sm text-zinc-500 dark:text-zinc-400">
      Loading…
    </div>
  );
}
