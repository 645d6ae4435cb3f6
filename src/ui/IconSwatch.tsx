import { useEffect, useRef } from "react";
import { ICON_PIXEL_RATIO, type IconImage } from "../map/icons";

/** The very pixels the map's icons are made of, so a legend and the map cannot disagree. */
export function IconSwatch({
  image,
  scale = 1,
  className = "legend-icon",
}: {
  image: IconImage;
  scale?: number;
  className?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext("2d");
    if (!context) return;
    context.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  }, [image]);
  return (
    <canvas
      ref={canvas}
      width={image.width}
      height={image.height}
      style={{
        width: (image.width / ICON_PIXEL_RATIO) * scale,
        height: (image.height / ICON_PIXEL_RATIO) * scale,
      }}
      className={className}
      aria-hidden
    />
  );
}
