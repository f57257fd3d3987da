// Where new messages go in the index's order. Octopush's messages may carry no date,
// so the order is Octopush's page order: `seq`, newest highest. A page run (one or
// more pages read in a row, newest first) mixes messages the index already holds
// (with their seq) and new ones; each new one is placed between its known
// neighbours, and its `sortAt` is its own date or the nearest newer one.

export interface Neighbour {
  seq: number;
  sortAt: Date;
}

export interface RunItem {
  id: string;
  /** The message's own date, when it has one. */
  sentAt: Date | null;
  /** Set when the index already holds this message. */
  known?: Neighbour;
}

export interface Placement {
  seq: number;
  sortAt: Date;
}

export interface PlacementContext {
  /** The run starts at page 1: new messages before the first known one are the newest of all. */
  atTop: boolean;
  /** The highest seq in the index (null: empty). */
  head: Neighbour | null;
  /** The lowest seq in the index (null: empty). */
  tail: Neighbour | null;
  /** The index's nearest message above / below a seq (null: none). */
  above(seq: number): Promise<Neighbour | null>;
  below(seq: number): Promise<Neighbour | null>;
  now: Date;
}

/** Evenly between `upper` (exclusive) and `lower` (exclusive), newest first. */
function spread(upper: number, lower: number, count: number): number[] {
  const step = (upper - lower) / (count + 1);
  return Array.from({ length: count }, (_, j) => upper - step * (j + 1));
}

/**
 * A placement for every new item of the run (known ones keep theirs), in the run's
 * order. Items are newest first and unique by id.
 */
export async function placeRun(items: readonly RunItem[], context: PlacementContext): Promise<Map<string, Placement>> {
  const placed = new Map<string, Placement>();
  let index = 0;
  while (index < items.length) {
    if (items[index]!.known) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < items.length && !items[index]!.known) index += 1;
    const run = items.slice(start, index);
    const newer = start > 0 ? items[start - 1]!.known! : null;
    const older = index < items.length ? items[index]!.known! : null;
    const { upper, lower } = await bounds(newer, older, run.length, context);
    const seqs = spread(upper.seq, lower, run.length);
    let date = upper.sortAt;
    run.forEach((item, j) => {
      if (item.sentAt) date = item.sentAt;
      placed.set(item.id, { seq: seqs[j]!, sortAt: date });
    });
  }
  return placed;
}

async function bounds(
  newer: Neighbour | null,
  older: Neighbour | null,
  count: number,
  context: PlacementContext,
): Promise<{ upper: Neighbour; lower: number }> {
  const gap = count + 1;
  if (newer) {
    const lower = older ?? (await context.below(newer.seq));
    return { upper: newer, lower: lower?.seq ?? newer.seq - gap };
  }
  if (context.atTop || !context.head) {
    // Newer than everything: above the head (or, in an empty index, from 0 down).
    const top = context.head ? context.head.seq + gap : 0;
    const bottom = context.head ? context.head.seq : -gap;
    return { upper: { seq: top, sortAt: context.now }, lower: bottom };
  }
  if (older) {
    const upper = await context.above(older.seq);
    return { upper: upper ?? { seq: older.seq + gap, sortAt: context.now }, lower: older.seq };
  }
  // A page of nothing known, read after the tail: older than everything.
  const tail = context.tail!;
  return { upper: tail, lower: tail.seq - gap };
}
