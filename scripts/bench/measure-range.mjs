// A range end moved by keyboard against a plain repaint, and the histogram's recount (issue 36's figures).
import { installPageTiming } from './page-timing.mjs';
/**
 * In the page: a range end moved one bin by keyboard (as a reader does with the handle) to the map's next
 * idle, then a plain repaint; and the histogram's recount when a kind is switched off and on (its own
 * performance measure, main-thread work only).
 */
export async function rangeChange(page) {
  await installPageTiming(page);
  return page.evaluate(async () => {
    const map = window.steppeMap;
    const { frame, settled, timeToIdle } = window.benchTiming;
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
