import { eq, sql } from "drizzle-orm";
import type { IndexConfig } from "@/lib/config/env-index";
import type { Db } from "@/lib/db/open";
import { indexState } from "@/lib/db/schema";
import { canonicalContactIds } from "@/lib/inbox/server/contact-ids";
import type { InboxMessage } from "@/lib/inbox/types";
import { runsOtherWay, type ListOrder } from "@/lib/inbox/order";
import type { ListMessagesResult } from "@/lib/octopush/client";
import type { ListMessagesParams } from "@/lib/octopush/schemas";
import { reshapeMessage } from "@/lib/octopush/reshape";
import { INDEX_STATE_ID } from "./health";
import { toIndexRow, type IndexRow } from "./rows";
import { placeRun, type RunItem } from "./sequence";
import { countMessages, knownMessages, neighbour, placementContext, retainMessages, stateFor } from "./sync-store";
import { refreshConversations, upsertIndexedMessages } from "./write";

// One pass of the sync (the runner decides when, and that only one instance runs it):
//  1. the head: Octopush's pages from the newest, until a page holds a message the
//     index already has and at least `recentPages` pages were read (so changed
//     delivery statuses and assigned agents of recent messages are picked up);
//  2. the backfill: older pages, from where it stopped, for a time budget, until the
//     end, INBOX_INDEX_DAYS or INBOX_INDEX_MAX_MESSAGES;
//  3. retention: messages older than INBOX_INDEX_DAYS or beyond the maximum go.
// Pages are read newest first (OCTOPUSH_LIST_ORDER=newest-first; the runner does not
// sync the other way). Message texts never reach a log line.

export interface SyncDeps {
  db: Db;
  listMessages(params: ListMessagesParams): Promise<ListMessagesResult>;
  config: Pick<IndexConfig, "maxMessages" | "days">;
  order: ListOrder;
  defaultCountry: string;
  /** Which Octopush account (credential scope): the index of another one is dropped. */
  accountHash: string;
  now?: () => Date;
  /** Messages a page; Octopush's default is 50, 100 is what the inbox list reads. */
  pageSize?: number;
  /** Head pages re-read every pass even when the first already reaches known messages. */
  recentPages?: number;
  /** How long one pass may keep reading older pages. */
  backfillBudgetMs?: number;
  log?: (line: string) => void;
}

export interface SyncResult {
  /** Messages new to the index. */
  added: number;
  /** Messages deleted by retention. */
  removed: number;
  pagesRead: number;
  /** False once the backfill reached the end or a limit. */
  backfilling: boolean;
  orderWarning: string | null;
}

export const SYNC_PAGE_SIZE = 100;
const DAY_MS = 86_400_000;

export function orderWarningText(configured: ListOrder): string {
  const other = configured === "newest-first" ? "oldest-first" : "newest-first";
  return `Octopush's pages run ${other} while OCTOPUSH_LIST_ORDER is ${configured}: the index and the thread may be out of order; set OCTOPUSH_LIST_ORDER=${other}.`;
}

interface ReadPage {
  messages: InboxMessage[];
  full: boolean;
}

export function createIndexSync(deps: SyncDeps) {
  const pageSize = deps.pageSize ?? SYNC_PAGE_SIZE;
  const recentPages = deps.recentPages ?? 2;
  const budgetMs = deps.backfillBudgetMs ?? 5_000;
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? (() => undefined);
  const { db } = deps;
  let orderWarning: string | null = null;

  async function readPage(page: number): Promise<ReadPage> {
    const result = await deps.listMessages({ page, per_page: pageSize });
    const received = result.messages.map((raw) => {
      const message = reshapeMessage(raw);
      return { ...message, contactIds: canonicalContactIds(message.contact, deps.defaultCountry) };
    });
    if (
      runsOtherWay(
        received.map((m) => m.sentAt),
        deps.order,
      )
    ) {
      if (!orderWarning) log(`[index] ${orderWarningText(deps.order)}`);
      orderWarning = orderWarningText(deps.order);
    }
    return { messages: received, full: result.rawCount >= pageSize };
  }

  /** Places and writes one run of pages (newest first); returns the keys touched and how many were new. */
  async function writeRun(messages: readonly InboxMessage[], atTop: boolean, cutoff: Date) {
    const unique = [...new Map(messages.map((m) => [m.id, m])).values()];
    const held = await knownMessages(
      db,
      unique.map((m) => m.id),
    );
    const items: RunItem[] = unique.map((m) => ({
      id: m.id,
      sentAt: m.sentAt ? new Date(m.sentAt) : null,
      known: held.get(m.id),
    }));
    const placed = await placeRun(items, await placementContext(db, atTop, now()));
    const rows: IndexRow[] = [];
    let added = 0;
    for (const message of unique) {
      const where = held.get(message.id) ?? placed.get(message.id);
      if (!where) continue;
      if (!held.has(message.id) && where.sortAt < cutoff) continue;
      const row = toIndexRow(message, where.seq, where.sortAt);
      if (!row) continue;
      if (!held.has(message.id)) added += 1;
      rows.push(row);
    }
    const changed = await upsertIndexedMessages(db, rows);
    const oldest = unique.at(-1);
    const reachedCutoff = !!oldest && (placed.get(oldest.id)?.sortAt ?? held.get(oldest.id)?.sortAt ?? now()) < cutoff;
    return { keys: changed, added, reachedCutoff, newAtTop: countNewAtTop(items) };
  }

  /** One pass. Throws the gateway's OctopushError when Octopush fails; what was written stays. */
  async function runOnce(): Promise<SyncResult> {
    const state = await stateFor(db, deps.accountHash, log);
    const started = Date.now();
    const cutoff = new Date(now().getTime() - deps.config.days * DAY_MS);
    const touched: string[] = [];
    let added = 0;
    let pagesRead = 0;
    let backfillPage = state.backfillPage;
    const empty = (await countMessages(db)) === 0;

    // 1. The head.
    const head: InboxMessage[] = [];
    let headEnded = false;
    for (let page = 1; ; page += 1) {
      const read = await readPage(page);
      pagesRead += 1;
      head.push(...read.messages);
      if (!read.full) {
        headEnded = true;
        break;
      }
      if (empty) break;
      if (
        page >= recentPages &&
        (
          await knownMessages(
            db,
            read.messages.map((m) => m.id),
          )
        ).size > 0
      )
        break;
      if (head.length >= deps.config.maxMessages) break;
    }
    const top = await writeRun(head, true, cutoff);
    touched.push(...top.keys);
    added += top.added;
    if (empty) backfillPage = headEnded || top.reachedCutoff ? null : 2;
    else if (backfillPage !== null) backfillPage += Math.floor(top.newAtTop / pageSize);

    // 2. The backfill, for a while.
    let indexed = backfillPage === null ? 0 : await countMessages(db);
    while (backfillPage !== null && Date.now() - started < budgetMs) {
      if (indexed >= deps.config.maxMessages) {
        backfillPage = null;
        break;
      }
      const read = await readPage(backfillPage);
      pagesRead += 1;
      const older = await writeRun(read.messages, false, cutoff);
      touched.push(...older.keys);
      added += older.added;
      indexed += older.added;
      backfillPage = !read.full || older.reachedCutoff ? null : backfillPage + 1;
    }

    // 3. Retention.
    const retention = await retainMessages(db, cutoff, deps.config.maxMessages);
    touched.push(...retention.keys);

    await refreshConversations(db, touched);
    const changed = touched.length > 0;
    const newest = await neighbour(db, sql`true`, "desc");
    const oldest = await neighbour(db, sql`true`, "asc");
    await db
      .update(indexState)
      .set({
        headSeq: newest?.seq ?? null,
        tailSeq: oldest?.seq ?? null,
        backfillPage,
        version: changed ? sql`${indexState.version} + 1` : indexState.version,
        lastAttemptAt: now(),
        lastSuccessAt: now(),
        lastError: null,
        consecutiveFailures: 0,
        orderWarning,
        updatedAt: now(),
      })
      .where(eq(indexState.id, INDEX_STATE_ID));
    return { added, removed: retention.removed, pagesRead, backfilling: backfillPage !== null, orderWarning };
  }

  /** Records a failed pass (a failure kind, never a message) so agents see "may be N minutes behind". */
  async function recordFailure(kind: string): Promise<void> {
    await stateFor(db, deps.accountHash, log);
    await db
      .update(indexState)
      .set({
        lastAttemptAt: now(),
        lastError: kind,
        consecutiveFailures: sql`${indexState.consecutiveFailures} + 1`,
        updatedAt: now(),
      })
      .where(eq(indexState.id, INDEX_STATE_ID));
  }

  return { runOnce, recordFailure };
}

/** New messages before the first known one: how far older pages have shifted since the last pass. */
function countNewAtTop(items: readonly RunItem[]): number {
  const firstKnown = items.findIndex((item) => item.known);
  return firstKnown === -1 ? items.length : firstKnown;
}

export type IndexSync = ReturnType<typeof createIndexSync>;
