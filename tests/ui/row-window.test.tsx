// @vitest-environment happy-dom
// Long tables draw the rows in and near the scroll area, with spacers for the rest; short ones
// are drawn whole. happy-dom has no layout: the scroll area's size and position are set by hand.
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SpacerRow, useRowWindow } from "../../src/ui/row-window";

function Table({ count, keep = null }: { count: number; keep?: number | null }) {
  const rows = useRowWindow(count, keep);
  return (
    <div data-testid="scroller" style={{ overflowY: "auto", height: 340 }}>
      <table>
        <tbody ref={rows.bodyRef}>
          <SpacerRow height={rows.before} columns={1} />
          {Array.from({ length: rows.end - rows.start }, (_, offset) => rows.start + offset).map((index) => (
            <tr key={index} data-testid="row" data-index={index}>
              <td>{index}</td>
            </tr>
          ))}
          <SpacerRow height={rows.after} columns={1} />
        </tbody>
      </table>
    </div>
  );
}

const drawn = () => screen.getAllByTestId("row").map((row) => Number(row.dataset.index));
const spacers = () =>
  [...document.querySelectorAll<HTMLElement>("tr.row-spacer")].map((row) =>
    Number.parseFloat(row.style.height),
  );

afterEach(cleanup);

describe("a table's rows drawn in a window", () => {
  it("draws a short table whole, without spacers", () => {
    render(<Table count={100} />);
    expect(drawn()).toHaveLength(100);
    expect(spacers()).toEqual([]);
  });

  it("draws the first rows of a long table before it has a size, the rest as one spacer", () => {
    render(<Table count={3000} />);
    expect(drawn()).toEqual(Array.from({ length: 60 }, (_, index) => index));
    expect(spacers()).toEqual([(3000 - 60) * 34]);
  });

  it("follows the scroll position, keeping the scroll height of the whole table", () => {
    render(<Table count={3000} />);
    const scroller = screen.getByTestId("scroller");
    Object.defineProperty(scroller, "clientHeight", { value: 340 });
    Object.defineProperty(scroller, "scrollTop", { value: 34 * 1000, writable: true });
    // Scrolled, the body's top lies that far above the scroll area's.
    const body = scroller.querySelector("tbody") as HTMLElement;
    body.getBoundingClientRect = () => ({ top: -34 * 1000 }) as DOMRect;
    act(() => {
      fireEvent.scroll(scroller);
    });
    const rows = drawn();
    // Ten visible rows from row 1000 (the body sits at the top), twelve more on each side.
    expect(rows[0]).toBe(1000 - 12);
    expect(rows.at(-1)).toBe(1010 + 12 - 1);
    const [before = 0, after = 0] = spacers();
    expect(before + after + rows.length * 34).toBe(3000 * 34);
  });

  it("draws the row to keep (the selected one) even before the table has a size", () => {
    render(<Table count={3000} keep={2500} />);
    expect(drawn()).toContain(2500);
    const [before = 0, after = 0] = spacers();
    expect(before + after + drawn().length * 34).toBe(3000 * 34);
  });
});
