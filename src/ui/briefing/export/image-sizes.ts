// The picture sizes a slide exports at; apart from the drawing code, which loads only on export.
export interface ImageSize {
  width: number;
  height: number;
}

export const IMAGE_SIZES: readonly ImageSize[] = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
];
