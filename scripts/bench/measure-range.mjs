// A range end moved by keyboard against a plain repaint, and the histogram's recount (issue 36's figures).
/**
 * In the page: a range end moved one bin by keyboard (as a reader does with the handle) to the map's next
 * idle, then a plain repaint; and the histogram's recount when a kind is switched off and on (its own
 * performance measure, main-thread work only).
 */
export async function rangeChange(page) {
  return page.evaluate(async () => {
    const map = window.steppeMap;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const settled = async () => {
      let last = await frame();
      for (let i = 0, quick = 0; i < 120 && quick < 3; i += 1) {
        const now = await frame();
        quick = now - last < 40 ? quick + 1 : 0;
        last = now;
      }
      await new Promise((resolve) => setTimeout(resolve));
    };
    const timeToIdle = (act) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        map.once('idle', () => resolve(performance.now() - t0));
        act();
      });
    const handle = document.querySelectorAll('[role="slider"]')[1];
    const before = handle.getAttribute('aria-valuenow');
    await settled();
    const change = await Promise.race([
      timeToIdle(() =>
        handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true })),
      ),
      // A handle that did not move would leave the map idle for good: say so rather than wait.
      frame().then(() =>
        handle.getAttribute('aria-valuenow') === before
          ? Promise.reject(new Error('the range end did not move'))
          : new Promise(() => {}),
      ),
    ]);
    await settled();
    const repaint = await timeToIdle(() => map.triggerRepaint());
    const kind = document.querySelector('.legend input[type="checkbox"]');
    kind.click();
    await frame();
    kind.click();
    await frame();
    const recounts = performance
      .getEntriesByName('histogram-recount')
      .slice(-2)
      .map((e) => e.duration);
    return { change, repaint, recount: Math.max(...recounts) };
  });
}
