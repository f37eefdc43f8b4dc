// The language an element is in: its own `lang`, the nearest ancestor's (across shadow roots), else the document's.

/** The closest `lang` attribute value for an element, or `''` when none is set. */
export function closestLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return element.ownerDocument.documentElement.getAttribute('lang') ?? '';
}

const listeners = new Set<() => void>();
const observed = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/**
 * Calls `onChange` whenever a `lang` attribute changes anywhere in the element's document; returns the unsubscribe.
 * One observer serves every card on the page.
 */
export function observeLang(element: Element, onChange: () => void): () => void {
  observer ??= new MutationObserver(() => {
    for (const listener of listeners) listener();
  });
  const doc = element.ownerDocument.documentElement;
  if (!observed.has(doc)) {
    observed.add(doc);
    observer.observe(doc, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}
