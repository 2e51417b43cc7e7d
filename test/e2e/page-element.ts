// What the callbacks that Playwright runs inside the workbench page use of a DOM element. tsconfig.json
// has no DOM library (everything else runs in Node), so without this the elements are unresolved types
// and every use of them is unchecked.
export interface PageElement {
  readonly innerText: string;
  /** Set on input elements. */
  readonly value?: string;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): object | null;
  checkVisibility(): boolean;
  getAnimations(options?: { subtree?: boolean }): { playState: string }[];
}
