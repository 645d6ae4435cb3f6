// Map icons drawn in code, pixel by pixel: no sprite sheet to host or fetch. Shapes are polygons
// filled with a dark border measured inward from the edge, so the border keeps the same width
// along straight edges and at the star's tips; 4×4 samples per pixel smooth the edges.
import { ICON_IDS } from "./map-state";
import { hexToRgb, PALETTE } from "./palette";

export interface IconImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Icons are drawn at twice their on-screen size, so they stay crisp on high-density screens. */
export const ICON_PIXEL_RATIO = 2;

type Point = [x: number, y: number];

interface Shape {
  polygon: Point[];
  fill: string;
  /** Border width in image pixels, drawn inside the polygon. */
  borderWidth: number;
}

const SAMPLES_PER_AXIS = 4;

// Polygons are flattened to [x0, y0, x1, y1, ...] typed arrays before painting: point arrays of
// mixed integer and fractional coordinates made these loops several times slower.
type FlatPolygon = Float64Array;

function flatten(polygon: Point[]): FlatPolygon {
  return Float64Array.from(polygon.flat());
}

function isInside(polygon: FlatPolygon, x: number, y: number): boolean {
  let inside = false;
  const length = polygon.length;
  for (let index = 0, previous = length - 2; index < length; previous = index, index += 2) {
    const x1 = polygon[index] ?? 0;
    const y1 = polygon[index + 1] ?? 0;
    const x2 = polygon[previous] ?? 0;
    const y2 = polygon[previous + 1] ?? 0;
    if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) inside = !inside;
  }
  return inside;
}

function distanceToEdge(polygon: FlatPolygon, x: number, y: number): number {
  let nearest = Number.POSITIVE_INFINITY;
  const length = polygon.length;
  for (let index = 0, previous = length - 2; index < length; previous = index, index += 2) {
    const x1 = polygon[previous] ?? 0;
    const y1 = polygon[previous + 1] ?? 0;
    const dx = (polygon[index] ?? 0) - x1;
    const dy = (polygon[index + 1] ?? 0) - y1;
    const along = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy || 1)));
    const offsetX = x - (x1 + along * dx);
    const offsetY = y - (y1 + along * dy);
    nearest = Math.min(nearest, offsetX * offsetX + offsetY * offsetY);
  }
  return Math.sqrt(nearest);
}

type Rgb = [number, number, number];

interface FlatShape {
  polygon: FlatPolygon;
  fill: Rgb;
  borderWidth: number;
}

/** The colour at one point: the topmost shape containing it, border or fill; null if none. */
function colourAt(shapes: FlatShape[], ink: Rgb, x: number, y: number): Rgb | null {
  let colour: Rgb | null = null;
  for (const shape of shapes) {
    if (!isInside(shape.polygon, x, y)) continue;
    colour = distanceToEdge(shape.polygon, x, y) < shape.borderWidth ? ink : shape.fill;
  }
  return colour;
}

/** Whether every point of the pixel around (x, y) gets the same colour as its centre. */
function isUniformPixel(shapes: FlatShape[], x: number, y: number): boolean {
  const halfDiagonal = Math.SQRT1_2;
  return shapes.every((shape) => {
    const distance = distanceToEdge(shape.polygon, x, y);
    return distance > halfDiagonal && Math.abs(distance - shape.borderWidth) > halfDiagonal;
  });
}

/** Paints shapes in order, later ones on top, into straight (not premultiplied) RGBA. */
function paint(width: number, height: number, shapes: Shape[]): IconImage {
  const data = new Uint8ClampedArray(width * height * 4);
  const ink = hexToRgb(PALETTE.ink);
  const flatShapes: FlatShape[] = shapes.map((shape) => ({
    polygon: flatten(shape.polygon),
    fill: hexToRgb(shape.fill),
    borderWidth: shape.borderWidth,
  }));
  const samples = SAMPLES_PER_AXIS * SAMPLES_PER_AXIS;
  for (let row = 0; row < height; row++) {
    for (let column = 0; column < width; column++) {
      let red = 0;
      let green = 0;
      let blue = 0;
      let covered = 0;
      // Only pixels an edge passes through need the 16 samples; the rest take their centre.
      const uniform = isUniformPixel(flatShapes, column + 0.5, row + 0.5);
      for (let sample = 0; sample < (uniform ? 1 : samples); sample++) {
        const x = uniform ? column + 0.5 : column + ((sample % SAMPLES_PER_AXIS) + 0.5) / SAMPLES_PER_AXIS;
        const y = uniform
          ? row + 0.5
          : row + (Math.floor(sample / SAMPLES_PER_AXIS) + 0.5) / SAMPLES_PER_AXIS;
        const colour = colourAt(flatShapes, ink, x, y);
        if (colour === null) continue;
        const weight = uniform ? samples : 1;
        red += colour[0] * weight;
        green += colour[1] * weight;
        blue += colour[2] * weight;
        covered += weight;
      }
      if (covered === 0) continue;
      const offset = (row * width + column) * 4;
      data[offset] = red / covered;
      data[offset + 1] = green / covered;
      data[offset + 2] = blue / covered;
      data[offset + 3] = (255 * covered) / samples;
    }
  }
  return { width, height, data };
}

/** A five-pointed star, one tip straight up. */
function starPolygon(centreX: number, centreY: number, outerRadius: number, innerRatio: number): Point[] {
  const points: Point[] = [];
  for (let corner = 0; corner < 10; corner++) {
    const radius = corner % 2 === 0 ? outerRadius : outerRadius * innerRatio;
    const angle = -Math.PI / 2 + (corner * Math.PI) / 5;
    points.push([centreX + radius * Math.cos(angle), centreY + radius * Math.sin(angle)]);
  }
  return points;
}

/** A badge shield: flat top, straight sides, curving to a point at the bottom. */
function shieldPolygon(left: number, top: number, right: number, bottom: number): Point[] {
  const middle = (left + right) / 2;
  const shoulder = top + (bottom - top) * 0.45;
  const points: Point[] = [
    [left, top],
    [right, top],
    [right, shoulder],
  ];
  // Quadratic curves from each side down to the tip, sampled finely enough to look round.
  const steps = 12;
  const curve = (fromX: number, controlX: number, controlY: number, toX: number, reverse: boolean) => {
    for (let step = 1; step <= steps; step++) {
      const t = reverse ? 1 - step / steps : step / steps;
      const x = (1 - t) ** 2 * fromX + 2 * (1 - t) * t * controlX + t * t * toX;
      const y = (1 - t) ** 2 * shoulder + 2 * (1 - t) * t * controlY + t * t * bottom;
      points.push([x, y]);
    }
  };
  curve(right, right, bottom - (bottom - shoulder) * 0.25, middle, false);
  curve(left, left, bottom - (bottom - shoulder) * 0.25, middle, true);
  points.push([left, shoulder]);
  return points;
}

/** Model site: a bold star in a strong yellow with a thick dark outline. 64×64 px at ratio 2. */
export function makeModelSiteIcon(): IconImage {
  const size = 64;
  return paint(size, size, [
    { polygon: starPolygon(size / 2, size / 2 + 2, 30, 0.48), fill: PALETTE.modelSiteStar, borderWidth: 4 },
  ]);
}

/** Police post: a red shield with a dark outline and a small yellow star. 56×64 px at ratio 2. */
export function makePolicePostIcon(): IconImage {
  const width = 56;
  const height = 64;
  return paint(width, height, [
    { polygon: shieldPolygon(3, 3, width - 3, height - 2), fill: PALETTE.policePostShield, borderWidth: 4 },
    { polygon: starPolygon(width / 2, 27, 13, 0.45), fill: PALETTE.policePostStar, borderWidth: 1.5 },
  ]);
}

/** Side of the blank collision square in CSS pixels (its image is twice that, like the others). */
export const COLLISION_ICON_SIZE = 16;

/** Nothing to see: a square of transparent pixels whose only use is its collision box. */
export function makeCollisionIcon(): IconImage {
  const side = COLLISION_ICON_SIZE * ICON_PIXEL_RATIO;
  return { width: side, height: side, data: new Uint8ClampedArray(side * side * 4) };
}

/** Every icon the style refers to, by the id its layers use. */
export function makeIcons(): { id: string; image: IconImage }[] {
  return [
    { id: ICON_IDS.modelSite, image: makeModelSiteIcon() },
    { id: ICON_IDS.policePost, image: makePolicePostIcon() },
    { id: ICON_IDS.collision, image: makeCollisionIcon() },
  ];
}
