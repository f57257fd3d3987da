import type { PersonLang } from "./people";
import type { Prng } from "./prng";
import { ARABIC_SCRIPT, ENGLISH_SCRIPTS, FRENCH_SCRIPTS, HEBREW_SCRIPT } from "./seed-texts";
import type { Direction, Script } from "./seed-texts";

// Texts for the large seed and the live feed. Order numbers appear inside the
// texts ("order #A-48213") because agents search for them.

const FRENCH_EXTRA: readonly Script[] = [
  {
    lines: [
      ["inbound", "Bonjour, je n'ai pas reçu ma commande #{order}, elle devait arriver le {date}."],
      ["outbound", "Bonjour {first}, la commande #{order} est partie hier, vous la recevrez demain."],
      ["inbound", "Merci !"],
    ],
  },
  {
    lines: [
      ["inbound", "Puis-je changer l'adresse de livraison de la commande #{order} ?"],
      ["outbound", "C'est fait, {first} : la commande #{order} sera livrée à la nouvelle adresse."],
    ],
  },
  {
    lines: [
      ["outbound", "Votre commande #{order} ({amount} €) est confirmée. Merci pour votre confiance !"],
      ["inbound", "Super, merci. Il y a une facture ?"],
      ["outbound", "Oui, ici : https://factures.example.fr/{order}"],
    ],
  },
];

const ENGLISH_EXTRA: readonly Script[] = [
  {
    lines: [
      ["inbound", "Hi, where is my order #{order}? It was due on {date}."],
      ["outbound", "Hi {first}, order #{order} left our warehouse yesterday, it should arrive tomorrow."],
      ["inbound", "Great, thanks!"],
    ],
  },
  {
    lines: [
      ["inbound", "Can I return one item from order #{order}?"],
      ["outbound", "Of course. Here is your return label: https://returns.example.com/{order}"],
    ],
  },
  {
    lines: [
      ["outbound", "Your order #{order} ({amount} €) is confirmed. Thank you!"],
      ["inbound", "👍"],
    ],
  },
];

const GERMAN: Script = {
  lines: [
    ["inbound", "Hallo, wo bleibt meine Bestellung #{order}? Sie sollte am {date} ankommen."],
    ["outbound", "Hallo {first}, Ihre Bestellung #{order} ist unterwegs und kommt morgen an."],
    ["inbound", "Danke schön!"],
  ],
};

const SPANISH: Script = {
  lines: [
    ["inbound", "Hola, ¿dónde está mi pedido #{order}? Debía llegar el {date}."],
    ["outbound", "Hola {first}, su pedido #{order} está en camino, llegará mañana."],
    ["inbound", "¡Muchas gracias!"],
  ],
};

const ARABIC_EXTRA: Script = {
  lines: [
    ["inbound", "السلام عليكم، لم أستلم الطلب #{order} بعد."],
    ["outbound", "وعليكم السلام {first}، الطلب #{order} سيصل غدا."],
  ],
};

const HEBREW_EXTRA: Script = {
  lines: [
    ["inbound", "היי, ההזמנה #{order} עדיין לא הגיעה"],
    ["outbound", "היי {first}, ההזמנה #{order} תגיע מחר."],
  ],
};

const SCRIPTS: Record<PersonLang, readonly Script[]> = {
  fr: [...FRENCH_SCRIPTS, ...FRENCH_EXTRA],
  en: [...ENGLISH_SCRIPTS, ...ENGLISH_EXTRA],
  de: [GERMAN, ...ENGLISH_EXTRA],
  es: [SPANISH, ...ENGLISH_EXTRA],
  ar: [ARABIC_SCRIPT, ARABIC_EXTRA, FRENCH_EXTRA[0] as Script],
  he: [HEBREW_SCRIPT, HEBREW_EXTRA, ENGLISH_EXTRA[0] as Script],
};

const GREETING: Record<PersonLang, string> = {
  fr: "Madame, Monsieur",
  en: "there",
  de: "zusammen",
  es: "estimado cliente",
  ar: "عزيزي العميل",
  he: "לקוח יקר",
};

/** Order references like "A-48213". */
export function orderNumber(r: Prng): string {
  return `${String.fromCharCode(65 + r.int(0, 25))}-${r.digits(5)}`;
}

type Vars = Record<string, string>;

// One set of values per exchange, so "#A-48213" is the same order all along it.
function varsFor(r: Prng, firstName: string | null, lang: PersonLang): Vars {
  const day = r.int(1, 28);
  const month = r.int(1, 12);
  const dd = (d: number) => `${String(d).padStart(2, "0")}/${String(month).padStart(2, "0")}`;
  return {
    first: firstName ?? GREETING[lang],
    order: orderNumber(r),
    code: r.digits(6),
    date: dd(day),
    date2: dd(((day + 6) % 28) + 1),
    time: r.pick(["9h00", "10h30", "14h15", "16h45"]),
    amount: `${r.int(9, 249)},${r.pick(["00", "50", "90", "99"])}`,
  };
}

function fill(template: string, vars: Vars): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

/** One exchange (a script with its placeholders filled), oldest line first. */
export function exchange(r: Prng, lang: PersonLang, firstName: string | null): Array<readonly [Direction, string]> {
  const script = r.pick(SCRIPTS[lang]);
  const vars = varsFor(r, firstName, lang);
  return script.lines.map(([direction, text]) => [direction, fill(text, vars)] as const);
}

// First lines that come from the customer: they make sense without context.
function openers(lang: PersonLang): string[] {
  return SCRIPTS[lang].flatMap((s) => {
    const first = s.lines[0];
    return first?.[0] === "inbound" ? [first[1]] : [];
  });
}

/** A message a customer sends out of the blue, as the live feed delivers one. */
export function inboundText(r: Prng, lang: PersonLang, firstName: string | null): string {
  return fill(r.pick(openers(lang)), varsFor(r, firstName, lang));
}
