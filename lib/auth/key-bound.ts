// Keeps the in-memory throttle's key count bounded. RateLimiterMemory forgets a
// key only when its window or lock runs out, so a flood of made-up e-mails (or
// addresses: an IPv6 client has billions) could grow it without end.
//
// Each kind of key (accounts, addresses) gets its own bound, so junk of one kind
// never pushes out the other. Over the bound, the least recently used *unlocked*
// key is forgotten first; a locked key (or one at its limit, whose next attempt
// locks it) goes only when nothing but locked keys is left, then the one locked
// longest ago. Pure apart from the clock it is given.

export class KeyBound {
  /** Unlocked keys, least recently used first (Map keeps insertion order). */
  private readonly open = new Map<string, true>();
  /** Locked keys and when their lock ends, in the order they were locked. */
  private readonly locked = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly forget: (key: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.open.size + this.locked.size;
  }

  /** Records a use of `key`; `lockedUntil` (epoch ms) while the key is locked or at its limit. */
  touch(key: string, lockedUntil?: number): void {
    this.dropEndedLocks();
    if (lockedUntil !== undefined && lockedUntil > this.now()) {
      this.open.delete(key);
      const known = this.locked.get(key);
      if (known === undefined || lockedUntil > known) {
        this.locked.delete(key);
        this.locked.set(key, lockedUntil);
      }
    } else if (!this.locked.has(key)) {
      this.open.delete(key);
      this.open.set(key, true);
    }
    while (this.size > this.max) this.evictOne();
  }

  /** The key was cleared by its owner (a right password): nothing to remember. */
  remove(key: string): void {
    this.open.delete(key);
    this.locked.delete(key);
  }

  private evictOne(): void {
    const victim = this.open.keys().next().value ?? this.locked.keys().next().value;
    if (victim === undefined) return;
    this.remove(victim);
    this.forget(victim);
  }

  /**
   * Locks last equally long, so those set first end first: stop at the first one still
   * running (a key at its limit may end a little before a lock set earlier; it is then
   * kept at most one lock longer than needed, never dropped early).
   */
  private dropEndedLocks(): void {
    const t = this.now();
    for (const [key, until] of this.locked) {
      if (until > t) break;
      // The limiter forgot it when the lock ended; touched again, it comes back as a new key.
      this.locked.delete(key);
    }
  }
}
