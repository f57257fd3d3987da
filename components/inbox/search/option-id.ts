/** The DOM id of a text-search result, which the field points at (aria-activedescendant). */
export function optionId(listId: string, index: number): string {
  return `${listId}-${index}`;
}
