import { z } from "zod";

// Small zod pieces every env module of lib/config/ uses.

export const emptyAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
export const optionalString = z.preprocess(emptyAsUndefined, z.string().trim().optional());

/** A whole number within [min, max], with messages naming the variable (and the unit, when given). */
export function wholeNumber(name: string, min: number, max: number, fallback: number, unit = "") {
  const of = unit ? ` of ${unit}` : "";
  return z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: `${name} must be a number${of}` })
      .int(`${name} must be a whole number${of}`)
      .min(min, `${name} must be at least ${min}`)
      .max(max, `${name} must be at most ${max}`)
      .default(fallback),
  );
}

/** A whole number of milliseconds within [min, max], with a message naming the variable. */
export function intMs(name: string, min: number, max: number, fallback: number) {
  return wholeNumber(name, min, max, fallback, "milliseconds");
}
