// One view switch in the built app, run inside the page (handed to page.evaluate, so it may use
// nothing from outside its body): clicks the view's tab and waits until its content shows and
// the map is idle. Returns when it started and ended, in the page's clock.
export async function switchViewInPage(target: string): Promise<{ begin: number; end: number }> {
  const begin = performance.now();
  document.querySelector<HTMLButtonElement>(`[data-testid="mode-${target}"]`)?.click();
  for (;;) {
    await new Promise((done) => setTimeout(done, 0));
    await window.binhYenMap?.whenIdle();
    const busy = document.querySelector(".coverage-status, .coverage-top[aria-busy='true']") !== null;
    const shown =
      target === "coverage"
        ? document.querySelector(".coverage-top") !== null
        : target === "planner"
          ? document.querySelector(".planner-top") !== null
          : document.querySelector(".coverage-top, .planner-top") === null;
    if (!busy && shown && window.binhYenMap?.isIdle()) break;
  }
  return { begin, end: performance.now() };
}
