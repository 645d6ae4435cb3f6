// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PlanArea } from "../../../src/ui/planner/PrintSummary";
import { openRanking, plannerApp } from "./harness";

// No WebGL here: the printed map's off-screen drawing is a blank picture, ready at once
// (print-capture.test.tsx looks at what it is asked to draw).
vi.mock("../../../src/map/snapshot", () => ({
  createSnapshotSession: () => ({
    render: async () => ({ toDataURL: () => "data:image/png;base64,AA==" }),
    destroy: () => {},
  }),
}));

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const text = (element: Element | null | undefined) =>
  (element?.textContent ?? "").replace(/\s+/g, " ").trim();

async function withPicks(count: number, area?: PlanArea) {
  const app = plannerApp("view=planner", area);
  render(app.ui);
  const table = await openRanking();
  for (let index = 0; index < count; index += 1) {
    const box = within(table).getAllByTestId("toggle-pick")[index] as HTMLElement;
    await act(async () => fireEvent.click(box));
  }
  return app;
}

async function savePlan(name: string) {
  fireEvent.click(screen.getByTestId("planner-tab-plans"));
  fireEvent.change(screen.getByTestId("plan-name"), { target: { value: name } });
  await act(async () => fireEvent.click(screen.getByTestId("save-plan")));
}

describe("the printed one-page summary", () => {
  it("is there only with a plan, and the print button prints", async () => {
    const app = plannerApp();
    render(app.ui);
    await openRanking();
    expect(screen.queryByTestId("plan-print")).toBeNull();
    expect((screen.getByTestId("planner-print") as HTMLButtonElement).disabled).toBe(true);
    const table = screen.getByTestId("hamlet-ranking");
    await act(async () => fireEvent.click(within(table).getAllByTestId("toggle-pick")[0] as HTMLElement));
    expect(screen.getByTestId("plan-print")).toBeTruthy();
    const print = vi.fn();
    window.print = print;
    await act(async () => fireEvent.click(screen.getByTestId("planner-print")));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    // with the map's picture in the summary
    expect(screen.getByTestId("plan-print-map").getAttribute("src")).toBe("data:image/png;base64,AA==");
  });

  it("lists the picks in order with their commune, and every figure as before → after", async () => {
    await withPicks(2);
    const sheet = screen.getByTestId("plan-print");
    expect(text(sheet.querySelector("h1"))).toBe("Kế hoạch nhân rộng mô hình");
    const [figures, list] = within(sheet).getAllByRole("table");
    // the picks: the same hamlets, in the same order, as the plan beside the map
    const planned = screen
      .getAllByTestId("planner-pick")
      .map((pick) => text(pick.querySelector("button.link")));
    const rows = within(list as HTMLElement)
      .getAllByRole("row")
      .slice(1);
    expect(rows.map((row) => text(row.children[0]))).toEqual(["1", "2"]);
    expect(rows.map((row) => text(row.children[1]))).toEqual(planned);
    // communes by name (the fixture's hamlets lie in named communes), never a bare code
    for (const row of rows) expect(text(row.children[2])).toMatch(/^Xã /);
    for (const row of rows) expect(text(row.children[3])).toMatch(/^\+[\d.]+ người$/);
    // every figure of the what-if, the headline ones exactly as the strip above the map shows them
    const figureRows = within(figures as HTMLElement)
      .getAllByRole("row")
      .slice(1);
    expect(figureRows).toHaveLength(7);
    for (const key of ["coveredHamlets", "hamletsWithinRadius"]) {
      const strip = screen.getByTestId(`what-if-${key}`);
      const label = text(strip.querySelector("dt"));
      const row = figureRows.find((candidate) => text(candidate.children[0]) === label);
      expect(row, label).toBeTruthy();
      const [before, after] = text(strip.querySelector("dd")).split(" → ");
      expect(text(row?.children[1])).toBe(before);
      expect(text(row?.children[2])).toBe(after);
    }
    // two picks of uncovered hamlets: two more hamlets covered
    const covered = figureRows.find((row) => text(row.children[0]) === "Bản có mô hình");
    const [before] = text(covered?.children[1]).split("/").map(Number);
    expect(text(covered?.children[2])).toBe(`${(before as number) + 2}/7 (+2 bản)`);
  });

  it("names the area from the data's title and marks the sample as such", async () => {
    await withPicks(1, { title: "Huyện Thuận Châu, tỉnh Sơn La", sample: true });
    const head = screen.getByTestId("plan-print").querySelector("header") as HTMLElement;
    expect(text(within(head).getByTestId("plan-print-area"))).toBe("Huyện Thuận Châu, tỉnh Sơn La");
    expect(text(within(head).getByTestId("plan-print-sample"))).toBe("Dữ liệu mẫu / sample data");
    cleanup();
    await withPicks(1, { title: "Tỉnh Sơn La", sample: false });
    expect(text(screen.getByTestId("plan-print-area"))).toBe("Tỉnh Sơn La");
    expect(screen.queryByTestId("plan-print-sample")).toBeNull();
  });

  it("carries the saved plan's name", async () => {
    await withPicks(1);
    await savePlan("Phương án Chiềng La");
    expect(text(screen.getByTestId("plan-print").querySelector("h1"))).toBe(
      "Kế hoạch nhân rộng mô hình: Phương án Chiềng La",
    );
  });
});

describe("renaming a saved plan in its row", () => {
  const names = () => screen.getAllByTestId("saved-plan").map((row) => text(row.querySelector(".plan-name")));
  const stored = () =>
    JSON.parse(localStorage.getItem("binhyen.plans") ?? "[]").map((plan: { name: string }) => plan.name);

  it("saves with Enter, trimmed, in the list and in the browser, without a prompt", async () => {
    const prompt = vi.fn(() => "Tên từ hộp thoại");
    window.prompt = prompt;
    await withPicks(1);
    await savePlan("Phương án A");
    fireEvent.click(screen.getByTestId("rename-plan"));
    const input = screen.getByTestId("rename-input") as HTMLInputElement;
    expect(input.value).toBe("Phương án A");
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: "  Phương án Bó Mười  " } });
    await act(async () => fireEvent.keyDown(input, { key: "Enter" }));
    expect(screen.queryByTestId("rename-input")).toBeNull();
    expect(names()).toEqual(["Phương án Bó Mười"]);
    expect(stored()).toEqual(["Phương án Bó Mười"]);
    // the keyboard is back on the row's rename button
    expect(document.activeElement).toBe(screen.getByTestId("rename-plan"));
    expect(prompt).not.toHaveBeenCalled();
  });

  it("refuses a blank name with a message, and Escape puts the old name back", async () => {
    await withPicks(1);
    await savePlan("Phương án A");
    fireEvent.click(screen.getByTestId("rename-plan"));
    const input = screen.getByTestId("rename-input") as HTMLInputElement;
    fireEvent.change(input, { target: { value: "   " } });
    await act(async () => fireEvent.keyDown(input, { key: "Enter" }));
    expect(screen.getByTestId("rename-input")).toBe(input);
    expect(screen.getByRole("alert").textContent).toBe("Tên kế hoạch không được để trống.");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(stored()).toEqual(["Phương án A"]);
    // the save button refuses it too
    fireEvent.click(screen.getByTestId("rename-save"));
    expect(stored()).toEqual(["Phương án A"]);
    // typing a name clears the message
    fireEvent.change(input, { target: { value: "Phương án C" } });
    expect(screen.queryByTestId("rename-error")).toBeNull();
    await act(async () => fireEvent.keyDown(input, { key: "Escape" }));
    expect(screen.queryByTestId("rename-input")).toBeNull();
    expect(names()).toEqual(["Phương án A"]);
    expect(stored()).toEqual(["Phương án A"]);
  });

  it("saves with the button and cancels with the other, one row at a time", async () => {
    await withPicks(1);
    await savePlan("Phương án A");
    await act(async () => fireEvent.click(screen.getByTestId("duplicate-plan")));
    const [first, second] = screen.getAllByTestId("rename-plan") as HTMLButtonElement[];
    fireEvent.click(second as HTMLElement);
    expect(screen.getAllByTestId("rename-input")).toHaveLength(1);
    expect(second?.disabled).toBe(true);
    fireEvent.click(screen.getByTestId("rename-cancel"));
    expect(names()).toEqual(["Phương án A", "Phương án A (bản sao)"]);
    fireEvent.click(first as HTMLElement);
    fireEvent.change(screen.getByTestId("rename-input"), { target: { value: "Phương án gốc" } });
    await act(async () => fireEvent.click(screen.getByTestId("rename-save")));
    expect(names()).toEqual(["Phương án gốc", "Phương án A (bản sao)"]);
    expect(stored()).toEqual(["Phương án gốc", "Phương án A (bản sao)"]);
  });
});
