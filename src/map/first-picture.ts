// "Đang vẽ bản đồ…" shows from the start until the map's first picture is complete (its first
// idle), over the map, which draws in view. Until #14 the canvas was also hidden until then.
// Measured on screen (the first idle, then a frame that shows the canvas), that made the complete
// picture appear later, not sooner: where the browser composites in software, frames drawn out of
// sight pile up in the GPU process, and the first visible frame waits for all of them. A/B on the
// same build over three runs (`npm run bench -- hidden`), drawn in view against hidden: 0.45–0.92×
// on the sample, 0.93–1.02× on the province's map view (a tie), 0.27–0.29× in its coverage view
// with incidents as points. The notice stays: between the map's creation and its first tiles the
// map is blank for seconds at province scale.

/** Set on the map's container until the first picture is complete; the stylesheet shows the notice. */
export const DRAWING_ATTRIBUTE = "data-drawing";

// A map that never settles (a province still tiling, an animation) drops the notice after this.
export const FIRST_PICTURE_WAIT_MS = 8000;

type Container = Pick<HTMLElement, "setAttribute" | "removeAttribute">;

/** Shows the notice from now until `show()` or a while after `mapCreated()`. */
export class FirstPicture {
  private shown = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly container: Container) {
    container.setAttribute(DRAWING_ATTRIBUTE, "");
  }

  /** The wait for a complete picture starts with the map, not with the data it waits for. */
  mapCreated(): void {
    if (!this.shown) this.timer = setTimeout(() => this.show(), FIRST_PICTURE_WAIT_MS);
  }

  /** The picture is complete (or there is no map): the notice goes; later calls do nothing. */
  show(): void {
    if (this.shown) return;
    this.shown = true;
    this.cancel();
    this.container.removeAttribute(DRAWING_ATTRIBUTE);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
