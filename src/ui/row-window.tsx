// Long tables draw only the rows in and near their scroll area: a province's 3,000 ranked hamlets
// or 200 communes cost the rows one can see, not 15,000 DOM elements of style and layout. Rows
// that are not drawn are stood for by one spacer row above and one below, so the scroll bar and
// the scroll position stay those of the whole table. Keyboard focus moving into the rows drawn
// beyond the visible ones scrolls the area, which draws the next rows: Tab walks the whole table.
import { type ReactNode, useCallback, useEffect, useState } from "react";

/** Up to this many rows a table is drawn whole. */
const WHOLE_UP_TO = 120;
/** Rows drawn beyond each edge of the visible ones. */
const OVERSCAN = 12;
/** Rows drawn before the table has a size (first render, or no layout at all). */
const FIRST_ROWS = 60;
const FALLBACK_ROW_PX = 34;

export interface RowWindow {
  /** Put on the tbody. */
  bodyRef: (body: HTMLTableSectionElement | null) => void;
  start: number;
  end: number;
  /** Pixels the rows before `start` and after `end` would take. */
  before: number;
  after: number;
}

function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === "auto" || overflow === "scroll") return node;
  }
  return null;
}

interface Range {
  start: number;
  end: number;
  rowPx: number;
}

function sameRange(a: Range, b: Range) {
  return a.start === b.start && a.end === b.end && a.rowPx === b.rowPx;
}

/**
 * `keep`: a row that must be drawn and scrolled to (the selected hamlet, chosen on the map or in
 * the search), or null.
 */
export function useRowWindow(count: number, keep: number | null = null): RowWindow {
  const whole = count <= WHOLE_UP_TO;
  const [body, setBody] = useState<HTMLTableSectionElement | null>(null);
  const [range, setRange] = useState<Range>({ start: 0, end: FIRST_ROWS, rowPx: FALLBACK_ROW_PX });
  const bodyRef = useCallback((element: HTMLTableSectionElement | null) => setBody(element), []);

  useEffect(() => {
    if (whole || !body) return;
    const scroller = scrollParent(body);
    if (!scroller) return;
    const measure = () => {
      const row = body.querySelector<HTMLElement>("tr:not(.row-spacer)");
      const rowPx = row && row.offsetHeight > 0 ? row.offsetHeight : FALLBACK_ROW_PX;
      const height = scroller.clientHeight;
      if (height === 0) return;
      const bodyTop =
        body.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
      const first = Math.floor((scroller.scrollTop - bodyTop) / rowPx);
      const last = Math.ceil((scroller.scrollTop + height - bodyTop) / rowPx);
      const next = {
        start: Math.max(0, Math.min(count, first - OVERSCAN)),
        end: Math.max(0, Math.min(count, last + OVERSCAN)),
        rowPx,
      };
      setRange((current) => (sameRange(current, next) ? current : next));
    };
    measure();
    scroller.addEventListener("scroll", measure, { passive: true });
    const resized = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(measure);
    resized?.observe(scroller);
    return () => {
      scroller.removeEventListener("scroll", measure);
      resized?.disconnect();
    };
  }, [whole, body, count]);

  useEffect(() => {
    if (whole || keep === null || keep < 0 || keep >= count) return;
    const half = FIRST_ROWS / 2;
    setRange((current) =>
      keep >= current.start && keep < current.end
        ? current
        : { ...current, start: Math.max(0, keep - half), end: Math.min(count, keep + half) },
    );
    const scroller = body && scrollParent(body);
    if (!scroller || !body) return;
    const bodyTop =
      body.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    const row = body.querySelector<HTMLElement>("tr:not(.row-spacer)");
    const rowPx = row && row.offsetHeight > 0 ? row.offsetHeight : FALLBACK_ROW_PX;
    const rowTop = bodyTop + keep * rowPx;
    if (rowTop < scroller.scrollTop || rowTop + rowPx > scroller.scrollTop + scroller.clientHeight)
      scroller.scrollTop = rowTop - scroller.clientHeight / 2;
  }, [whole, keep, count, body]);

  if (whole) return { bodyRef, start: 0, end: count, before: 0, after: 0 };
  const start = Math.min(range.start, count);
  const end = Math.max(start, Math.min(range.end, count));
  return {
    bodyRef,
    start,
    end,
    before: start * range.rowPx,
    after: (count - end) * range.rowPx,
  };
}

/** Stands for rows not drawn; nothing when there are none. */
export function SpacerRow({ height, columns }: { height: number; columns: number }): ReactNode {
  if (height <= 0) return null;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty row holds no focusable element; readers skip it (aria-rowindex numbers the drawn rows)
    <tr className="row-spacer" aria-hidden="true" style={{ height }}>
      <td colSpan={columns} />
    </tr>
  );
}
