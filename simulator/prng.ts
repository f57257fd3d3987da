// A tiny seeded PRNG: the seed data must be identical on every run and on
// every machine, so Math.random is never used by the simulator.

export interface Prng {
  next(): number;
  int(minInclusive: number, maxInclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  hex(length: number): string;
  digits(length: number): string;
  uuidV4(): string;
}

export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  // mulberry32: small, fast, good enough for test data (not for secrets).
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const hex = (length: number): string => {
    let out = "";
    for (let i = 0; i < length; i += 1) out += int(0, 15).toString(16);
    return out;
  };
  const digits = (length: number): string => {
    let out = "";
    for (let i = 0; i < length; i += 1) out += String(int(0, 9));
    return out;
  };
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
    chance: (probability) => next() < probability,
    hex,
    digits,
    uuidV4(): string {
      const raw = hex(32).split("");
      raw[12] = "4";
      // RFC 4122 variant: the high bits of this nibble are 10.
      raw[16] = (8 + int(0, 3)).toString(16);
      const s = raw.join("");
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
    },
  };
}
