// The map's first picture is drawn out of sight and shown whole, rather than layer by layer as
// tiles arrive. Where the browser composites in software (no GPU, as on the machines measured
// here), every frame of a visible WebGL canvas is also read back from the GPU process, about
// 100 ms a frame; frames nobody sees cost only their drawing. Measured in an A/B of nine rounds:
// the complete map shows about a quarter sooner (0.74×).

/** Set on the map's container while its canvas is hidden; the stylesheet hides the canvas. */
export const DRAWING_ATTRIBUTE = "data-drawing";

// A map that never settles (a province still tiling, an animation) shows what it has after this.
export const FIRST_PICTURE_WAIT_MS = 8000;

type Container = Pick<HTMLElement, "setAttribute" | "removeAttribute">;

/** Hides the container's canvas from now until `show()` or a while after `mapCreated()`. */
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

  /** Shows the canvas; later calls (every later idle) do nothing. */
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
