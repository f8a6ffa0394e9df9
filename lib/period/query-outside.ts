/** querySelectorAll as the period finders use it: the elements matching a selector, in document order. */
export type Query = (selector: string) => Element[];

/**
 * root.querySelectorAll(selector) without the subtrees of `skip`, in document order. The period is
 * looked for around a table whose rows may hold 30,000 cells and never a date picker: the query walks
 * down to the skipped subtrees (children of their ancestors) and runs natively everywhere else.
 */
export function queryOutside(root: Document | Element, skip: readonly Element[]): Query {
  return (selector) => {
    const out: Element[] = [];
    const visit = (parent: Document | Element) => {
      for (const child of parent.children) {
        if (skip.includes(child)) continue;
        if (child.matches(selector)) out.push(child);
        if (skip.some((s) => child.contains(s))) visit(child);
        else out.push(...child.querySelectorAll(selector));
      }
    };
    visit(root);
    return out;
  };
}
