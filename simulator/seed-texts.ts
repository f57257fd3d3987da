// Text material for the seeded conversations. Kept apart from seed.ts so the
// generator stays readable; everything here is plain data.

export type Direction = "inbound" | "outbound";

export interface Script {
  // One exchange: placeholders in braces are filled per conversation so the
  // same script does not produce identical texts everywhere.
  lines: ReadonlyArray<readonly [Direction, string]>;
}

export const FRENCH_SCRIPTS: readonly Script[] = [
  {
    lines: [
      ["inbound", "Bonjour, ma commande {order} n'est toujours pas arrivée, pouvez-vous vérifier ?"],
      [
        "outbound",
        "Bonjour {first}, nous regardons tout de suite. Votre colis est en transit, suivi ici : https://suivi.example.fr/colis/{order}",
      ],
      ["inbound", "Merci ! Il sera livré quand ?"],
      ["outbound", "Livraison prévue demain entre 9h et 13h. Bonne journée !"],
    ],
  },
  {
    lines: [
      [
        "outbound",
        "Rappel : votre rendez-vous est confirmé le {date} à {time}.\nRépondez OUI pour confirmer ou NON pour annuler.",
      ],
      ["inbound", "OUI"],
      ["outbound", "Parfait, à bientôt !"],
    ],
  },
  {
    lines: [
      ["inbound", "Bonjour, j'ai renvoyé l'article il y a 10 jours et toujours pas de remboursement 😕"],
      [
        "outbound",
        "Bonjour {first}, le remboursement de {amount} € a été validé aujourd'hui. Comptez 3 à 5 jours ouvrés pour le voir sur votre compte.",
      ],
      ["inbound", "D'accord, merci beaucoup 🙏"],
    ],
  },
  {
    lines: [
      ["outbound", "Votre code de vérification est {code}. Il expire dans 10 minutes. Ne le partagez avec personne."],
    ],
  },
  {
    lines: [
      [
        "outbound",
        "🎉 -20 % sur toute la boutique ce week-end avec le code SOLDES20 : https://shop.example.fr/soldes\nSTOP au 36111",
      ],
      ["inbound", "STOP"],
      ["outbound", "Votre désinscription est prise en compte. Vous ne recevrez plus nos offres."],
    ],
  },
  {
    lines: [
      ["inbound", "Bonsoir,\nle livreur est passé mais le colis {order} est abîmé.\nJe vous envoie une photo ?"],
      ["outbound", "Bonsoir {first}, oui merci, vous pouvez la déposer ici : https://sav.example.fr/photo?ref={order}"],
      ["inbound", "C'est fait"],
      ["outbound", "Bien reçu. Un nouvel article part demain, inutile de renvoyer l'ancien."],
      ["inbound", "Super, merci pour la rapidité !"],
    ],
  },
  {
    lines: [
      ["inbound", "Est-ce que je peux décaler mon rendez-vous du {date} ?"],
      ["outbound", "Bien sûr. Nous avons de la place le {date2} à {time}, cela vous convient ?"],
      ["inbound", "Oui parfait"],
    ],
  },
];

export const ENGLISH_SCRIPTS: readonly Script[] = [
  {
    lines: [
      ["inbound", "Hi, my parcel {order} says delivered but I can't find it anywhere."],
      [
        "outbound",
        "Sorry to hear that, {first}! Could you check with your neighbours? If it's not there by tonight we'll send a replacement.",
      ],
      ["inbound", "Found it at the neighbour's, thanks 👍"],
    ],
  },
  {
    lines: [
      [
        "outbound",
        "Reminder: your appointment at Acme Dental is on {date} at {time}. Reply C to confirm, R to reschedule.",
      ],
      ["inbound", "R please, can we do next week?"],
      ["outbound", "Sure, here are the available slots: https://book.example.com/r/{code}"],
      ["inbound", "Booked Tuesday 10am. Cheers"],
    ],
  },
  {
    lines: [
      ["inbound", "I was charged twice for order {order}."],
      [
        "outbound",
        "Apologies for that! We've refunded the duplicate charge of £{amount}. It should appear within 5 business days.",
      ],
      ["inbound", "ok thx"],
    ],
  },
  {
    lines: [["outbound", "{code} is your Acme verification code. Don't share it with anyone."]],
  },
  {
    lines: [
      ["inbound", "I can't log in, the reset link http://acme.example/reset?token=abc123 doesn't work"],
      [
        "outbound",
        "Hi {first}, that link has expired. Here is a fresh one, valid for 1 hour:\nhttps://acme.example/reset?token={code}",
      ],
      ["inbound", "Worked, thank you!"],
    ],
  },
  {
    lines: [
      ["inbound", "Hello, do you deliver to Manchester on Saturdays?"],
      ["outbound", "Hello! Yes, Saturday delivery is available for £4.99.\nOrder before Friday 2pm."],
    ],
  },
];

export const ARABIC_SCRIPT: Script = {
  lines: [
    ["inbound", "مرحبا، أين طلبي رقم {order}؟"],
    ["outbound", "مرحبا {first}، طلبك في الطريق وسيصل غدا إن شاء الله."],
    ["inbound", "شكرا جزيلا 🌹"],
    ["outbound", "Bonjour, votre colis {order} a été livré. / تم توصيل طلبك."],
  ],
};

export const HEBREW_SCRIPT: Script = {
  lines: [
    ["inbound", "שלום, מתי ההזמנה שלי {order} תגיע?"],
    ["outbound", "שלום {first}, ההזמנה תגיע מחר בין 9:00 ל-13:00."],
    ["inbound", "תודה רבה!"],
  ],
};

export const CHINESE_SCRIPT: Script = {
  lines: [
    ["inbound", "你好，我的订单 {order} 什么时候发货？"],
    ["outbound", "您好，您的订单已于今天发货，预计三天内送达。"],
    ["inbound", "谢谢！"],
  ],
};

export const JAPANESE_SCRIPT: Script = {
  lines: [
    ["inbound", "こんにちは、{date}の予約を変更したいです。"],
    ["outbound", "承知しました。{date2}の{time}はいかがでしょうか？"],
    ["inbound", "はい、お願いします。"],
  ],
};

export const XSS_TEXTS: readonly string[] = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "<svg onload=alert(1)>",
  "&lt;b&gt;entities&lt;/b&gt;",
  '"><iframe src="javascript:alert(1)"></iframe>',
  "[click me](javascript:alert(1))",
];

const COMPLAINT_PARAGRAPH =
  "Je vous écris car je suis très déçu du traitement de ma commande. J'ai passé commande il y a maintenant trois semaines, " +
  "le paiement a été débité immédiatement, mais le suivi indique toujours « en préparation ». J'ai appelé le service client " +
  "à deux reprises, on m'a promis un rappel qui n'est jamais venu. ";

const TERMS_PARAGRAPH =
  "Conditions: this offer is valid for new subscribers only, within the limit of one offer per household, until stock runs out. " +
  "Prices include VAT. Delivery times are indicative and may vary by region. You may withdraw within 14 days of receipt " +
  "by writing to support@acme.example or via https://acme.example/withdrawal. ";

// Long texts exercise wrapping and "show more" in the inbox; sizes are
// asserted by tests, so they are built to a known length.
export function longComplaint(): string {
  const parts: string[] = ["Bonjour,\n\n"];
  let n = 1;
  while (parts.join("").length < 2200) {
    parts.push(`${n}. ${COMPLAINT_PARAGRAPH}\n\n`);
    n += 1;
  }
  parts.push("Cordialement,\nun client patient mais à bout 😤");
  return parts.join("");
}

export function longTerms(): string {
  const parts: string[] = [];
  while (parts.join("").length < 3200) parts.push(TERMS_PARAGRAPH);
  return parts.join("").trimEnd();
}

export const BIG_CONTACT_LINES: readonly (readonly [Direction, string])[] = [
  ["inbound", "Bonjour, pouvez-vous confirmer la livraison du bon de commande {order} ?"],
  ["outbound", "Bonjour, livraison confirmée pour le {date} sur le quai B."],
  ["inbound", "Merci. Prévoyez-vous un hayon ?"],
  ["outbound", "Oui, le camion sera équipé d'un hayon."],
  ["outbound", "Facture {order} disponible : https://factures.example.fr/{order}"],
  ["inbound", "Bien reçu, règlement à 30 jours."],
  ["inbound", "Urgent : il manque 2 palettes sur la livraison {order}"],
  ["outbound", "Nous lançons une réexpédition aujourd'hui, désolés pour la gêne."],
];
