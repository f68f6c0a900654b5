// The timing helpers the in-page measures share, installed into the page before each (a navigation drops them).

/**
 * `frame()`: the next animation frame. `settled()`: until three frames in a row come quickly (nothing left to
 * rasterise or swap: in software rendering the frame drawn last is still being rasterised for up to a second
 * after its idle), then a task of its own, as a reader's input arrives between frames, not inside a frame
 * callback. `timeToIdle(act)`: from `act` to the map's next idle.
 */
export function installPageTiming(page) {
  return page.evaluate(() => {
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
        window.steppeMap.once('idle', () => resolve(performance.now() - t0));
        act();
      });
    window.benchTiming = { frame, settled, timeToIdle };
  });
}
