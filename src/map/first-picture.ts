// "Đang vẽ bản đồ…" shows while the map does not exist yet (its data is still on the way); from
// the moment the map is made, it draws in view, tile by tile. Until #14 the first picture was
// drawn out of sight and shown whole at the first idle. Measured on screen (the first idle, then a
// frame that shows the canvas), that made the complete picture appear later: where the browser
// composites in software, the frames drawn out of sight pile up in the GPU process, and the first
// visible frame waits for all of them. A/B on the same build (npm run bench -- hidden), drawing in
// view: 0.65× at province scale, 0.27× in the coverage view with incidents as points (see README).

/** Set on the map's container while there is no map yet; the stylesheet shows the notice then. */
export const DRAWING_ATTRIBUTE = "data-drawing";

type Container = Pick<HTMLElement, "setAttribute" | "removeAttribute">;

/** The notice in place of the map from now until `show()`. */
export class FirstPicture {
  constructor(private readonly container: Container) {
    container.setAttribute(DRAWING_ATTRIBUTE, "");
  }

  /** The map exists (and draws in view), or cannot be made: the notice goes. */
  show(): void {
    this.container.removeAttribute(DRAWING_ATTRIBUTE);
  }
}
