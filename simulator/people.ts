import type { Prng } from "./prng";

// Made-up people for the large seed (SIM_MESSAGES) and the live feed: accented,
// hyphenated, right-to-left and duplicate names, as a real customer base has.
// Plain data and pure functions of a Prng, so the output is deterministic.

export type PersonLang = "fr" | "en" | "de" | "es" | "ar" | "he";

export interface Person {
  name: string | null;
  /** Used in greetings ("Bonjour Zoë"). */
  firstName: string | null;
  phone: string | null;
  email: string | null;
  lang: PersonLang;
}

// Number ranges that libphonenumber's full metadata accepts as mobile numbers.
interface Pool {
  lang: PersonLang;
  /** Share of the customer base, in parts of 100. */
  weight: number;
  first: readonly string[];
  last: readonly string[];
  phone: (r: Prng) => string;
  mailDomain: string;
}

const POOLS: readonly Pool[] = [
  {
    lang: "fr",
    weight: 55,
    // prettier-ignore
    first: ["Zoë", "Jeanne", "Élodie", "Anaïs", "Hélène", "Maëlys", "François", "Jérôme", "Loïc", "Chloé", "Océane", "Benoît", "Gaëlle", "Noël", "Mathéo", "Inès", "Camille", "Léa", "Hugo", "Théo", "Manon", "Jules", "Marie-Thérèse", "Jean-Loup"],
    // prettier-ignore
    last: ["Dupont", "Lefèvre", "Gauthier", "Bérard", "Duval", "Rousseau", "Martin", "Bernard", "Petit", "Moreau", "Girard", "Roux", "Fontaine", "Mercier", "Benali", "Haddad", "Chevalier", "Garnier", "Faure", "Lemaître", "Château-Renaud", "Nguyễn", "Da Silva", "Le Goff"],
    phone: (r) =>
      `+33${r.pick(["60", "61", "62", "64", "65", "66", "67", "68", "73", "74", "75", "76", "77", "78"])}${r.digits(7)}`,
    mailDomain: "example.fr",
  },
  {
    lang: "en",
    weight: 14,
    // prettier-ignore
    first: ["Oliver", "Amelia", "Siobhán", "Niamh", "George", "Poppy", "Seán", "Zoë", "Chloë", "Liam"],
    // prettier-ignore
    last: ["Smith", "O'Brien", "Taylor", "Brown", "Ó Súilleabháin", "Evans", "McAllister", "Davies"],
    phone: (r) => `+447${r.pick(["400", "480", "500", "800", "850", "900", "950"])}${r.digits(6)}`,
    mailDomain: "example.co.uk",
  },
  {
    lang: "de",
    weight: 8,
    first: ["Jürgen", "Björn", "Greta", "Lukas", "Anneliese", "Sören"],
    last: ["Müller", "Weiß", "Groß", "Schröder", "Becker", "Köhler"],
    phone: (r) => `+49${r.pick(["151", "160", "170", "176"])}${r.digits(8)}`,
    mailDomain: "example.de",
  },
  {
    lang: "es",
    weight: 8,
    first: ["María José", "Álvaro", "Lucía", "Íñigo", "Begoña", "José"],
    last: ["García", "Núñez", "Martínez", "Peña", "Ibáñez", "López"],
    phone: (r) => `+346${r.digits(8)}`,
    mailDomain: "example.es",
  },
  {
    lang: "ar",
    weight: 10,
    first: ["محمد", "فاطمة", "يوسف", "سلمى", "مريم", "عمر", "Youssef", "Fatima Zahra"],
    last: ["الإدريسي", "بنعلي", "العلوي", "التازي", "El Amrani", "Bennani"],
    phone: (r) => `+2126${r.pick(["1", "6", "7"])}${r.digits(7)}`,
    mailDomain: "example.ma",
  },
  {
    lang: "he",
    weight: 5,
    first: ["נועה", "אברהם", "תמר", "יוסף", "שירה"],
    last: ["לוי", "מזרחי", "כהן", "פרידמן", "ביטון"],
    phone: (r) => `+9725${r.pick(["0", "2", "3", "4"])}${r.int(2, 9)}${r.digits(6)}`,
    mailDomain: "example.co.il",
  },
];

function pickPool(r: Prng): Pool {
  let roll = r.int(1, 100);
  for (const pool of POOLS) {
    roll -= pool.weight;
    if (roll <= 0) return pool;
  }
  return POOLS[0] as Pool;
}

/** ASCII for an e-mail local part; empty for names in another script. */
function mailSlug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ø/gi, "o")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z]+/g, ".")
    .replace(/^\.|\.$/g, "");
}

/**
 * One new person. `taken` holds the phone numbers (and e-mails) already given out;
 * the new ones are added to it, so two people never share one. Without `phone`
 * (Facebook-only contacts) there is no number; with `email` there is always an address.
 */
export function makePerson(r: Prng, taken: Set<string>, needs: { phone: boolean; email?: boolean }): Person {
  const pool = pickPool(r);
  const first = r.pick(pool.first);
  const last = r.pick(pool.last);
  // About one contact in twelve has never given a name.
  const named = !r.chance(1 / 12);
  let phone: string | null = null;
  if (needs.phone) {
    do phone = pool.phone(r);
    while (taken.has(phone));
    taken.add(phone);
  }
  let email: string | null = null;
  if (needs.email || r.chance(0.4)) {
    const slug = mailSlug(`${first} ${last}`) || `client.${r.digits(6)}`;
    do email = `${slug}${r.int(1, 9999)}@${pool.mailDomain}`;
    while (taken.has(email));
    taken.add(email);
  }
  return { name: named ? `${first} ${last}` : null, firstName: named ? first : null, phone, email, lang: pool.lang };
}
