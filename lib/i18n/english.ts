import { createTranslator } from "next-intl";
import type { IdentifierProblem } from "@/lib/inbox/identifier-kinds";
import { problemValues } from "@/lib/inbox/identifier-kinds";
import en from "./messages/en.json";

// English from the English catalog, for what is not read by an agent in the UI:
// the API's error bodies (the browser translates those by code). One source for
// each sentence, whichever side says it.

const english = createTranslator({ locale: "en", messages: en });

export function englishProblem(problem: IdentifierProblem): string {
  return english(`identifier.problem.${problem.code}`, problemValues(problem));
}
