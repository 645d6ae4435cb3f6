// The before/after swipe's divider, laid over the map: drag it (mouse, pen, finger) or focus it
// and use the arrow keys, Home and End; Escape leaves the comparison. The map side (the second
// map and its clip) lives in src/map/compare.ts; this only moves a number in the view state.
import { type KeyboardEvent, type PointerEvent, useEffect, useRef } from "react";
import { clampComparePosition, comparePositionAfterKey } from "../../state/planner";
import { useView } from "../app-context";
import { isTypingTarget } from "../briefing/keyboard";
import { useText } from "../use-text";
import "./compare-swipe.css";

/** Where a pointer at `clientX` puts the divider, in percent of the box it moves in. */
export function positionAtPointer(clientX: number, box: { left: number; width: number }): number {
  if (!(box.width > 0)) return 50;
  return clampComparePosition(((clientX - box.left) / box.width) * 100);
}

export function CompareSwipe({ position }: { position: number }) {
  const tx = useText();
  const setPosition = useView((store) => store.setComparePosition);
  const setCompare = useView((store) => store.setCompare);
  const layer = useRef<HTMLDivElement>(null);
  const dragging = useRef<number | null>(null);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented || isTypingTarget(event.target)) return;
      event.preventDefault();
      setCompare(false);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [setCompare]);

  const follow = (event: PointerEvent<HTMLDivElement>) => {
    const box = layer.current?.getBoundingClientRect();
    if (box) setPosition(positionAtPointer(event.clientX, box));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = comparePositionAfterKey(position, event.key);
    if (next === null) return;
    event.preventDefault();
    setPosition(next);
  };
  const rounded = Math.round(position);
  return (
    <div className="compare-swipe" ref={layer} data-testid="compare-swipe">
      <div className="compare-side-label before" style={{ right: `calc(${100 - position}% + 1.1rem)` }}>
        {tx.t("planner.before")}
      </div>
      <div className="compare-side-label after" style={{ left: `calc(${position}% + 1.1rem)` }}>
        {tx.t("planner.after")}
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a focusable separator is the ARIA splitter; <hr> cannot take focus or keys */}
      <div
        role="separator"
        tabIndex={0}
        aria-orientation="vertical"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={position}
        aria-valuetext={tx.t("planner.swipeValue", { before: rounded, after: 100 - rounded })}
        aria-label={tx.t("planner.swipeLabel")}
        title={tx.t("planner.swipeHint")}
        className="compare-divider"
        style={{ left: `${position}%` }}
        onKeyDown={onKeyDown}
        onPointerDown={(event) => {
          if (event.button !== 0) return;
          dragging.current = event.pointerId;
          event.currentTarget.setPointerCapture?.(event.pointerId);
          event.currentTarget.focus();
          event.preventDefault();
        }}
        onPointerMove={(event) => {
          if (dragging.current === event.pointerId) follow(event);
        }}
        onPointerUp={(event) => {
          if (dragging.current !== event.pointerId) return;
          follow(event);
          dragging.current = null;
        }}
        onPointerCancel={() => {
          dragging.current = null;
        }}
        data-testid="compare-divider"
      >
        <span className="compare-grip" aria-hidden="true">
          ◀ ▶
        </span>
      </div>
    </div>
  );
}
