import { useEffect, useRef } from "react";
import { ICON_PIXEL_RATIO, type IconImage } from "../../map/icons";
import type { Theme } from "../../state/view";
import { useView } from "../app-context";
import { useBriefingText } from "./briefing-context";
import { legendItems } from "./legend-items";

// The same pixels the map's icons are made of, drawn larger, so legend and map cannot disagree.
function IconSwatch({ image }: { image: IconImage }) {
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
        width: (image.width / ICON_PIXEL_RATIO) * 1.25,
        height: (image.height / ICON_PIXEL_RATIO) * 1.25,
      }}
      className="briefing-legend-icon"
      aria-hidden
    />
  );
}

interface LegendProps {
  theme: Theme;
  className?: string;
}

/** The legend for the room: only what the slide shows, in large type and the theme's colours. */
export function BriefingLegend({ theme, className }: LegendProps) {
  const t = useBriefingText();
  const language = useView((store) => store.language);
  const visible = useView((store) => store.visible);
  const mode = useView((store) => store.mode);
  const items = legendItems({ visible, mode }, theme, language);
  if (items.length === 0) return null;
  return (
    <section
      className={`briefing-legend ${className ?? ""}`}
      aria-label={t("legend")}
      data-testid="briefing-legend"
    >
      <ul>
        {items.map((item) => (
          <li key={item.label}>
            {item.kind === "icon" ? (
              <IconSwatch image={item.icon} />
            ) : (
              <span
                className={`briefing-swatch ${item.kind} ${item.kind === "circle" && item.large ? "large" : ""}`}
                style={{ background: item.colour, borderColor: item.outline }}
              />
            )}
            {item.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
