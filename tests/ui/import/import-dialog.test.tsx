// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  csvFile,
  givenTheApp,
  thenTheMappingIsShown,
  whenFilesAreDropped,
  whenTheDialogIsOpened,
} from "./import-driver";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const HAMLETS = "ma_ban,ten_ban\n03730-01,Bản Heo Trại\n03730-02,Bản Nà Lốc";

async function givenAnImportedLayer(fileName = "ban.csv") {
  const app = givenTheApp();
  const dialog = await whenTheDialogIsOpened();
  whenFilesAreDropped(within(dialog).getByTestId("import-drop-zone"), csvFile(fileName, HAMLETS));
  const card = await thenTheMappingIsShown(fileName);
  fireEvent.click(within(card).getByRole("button", { name: "Nhập" }));
  await within(card).findByTestId("count-read");
  const [layer] = await app.store.list();
  if (!layer) throw new Error("the layer was not stored");
  const row = await within(dialog).findByTestId(`layer-${layer.id}`);
  return { ...app, dialog, layer, row };
}

describe("import dialog", () => {
  it("opens from the header button, keeps Tab inside, and closes with Esc back to the button", async () => {
    givenTheApp();
    const opener = screen.getByRole("button", { name: "Nhập dữ liệu" });
    const dialog = await whenTheDialogIsOpened();
    expect(dialog.getAttribute("aria-labelledby")).toBeTruthy();
    expect((dialog as HTMLDialogElement).open).toBe(true);
    const close = within(dialog).getByRole("button", { name: "Đóng" });
    expect(document.activeElement).toBe(close);
    // Shift+Tab from the first control wraps to the last one
    fireEvent.keyDown(close, { key: "Tab", shiftKey: true });
    const last = document.activeElement as HTMLElement;
    expect(last).not.toBe(close);
    expect(dialog.contains(last)).toBe(true);
    fireEvent.keyDown(last, { key: "Tab" });
    expect(document.activeElement).toBe(close);

    fireEvent.keyDown(dialog, { key: "Escape" });
    expect((dialog as HTMLDialogElement).open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it("gives every control of the mapping a label", async () => {
    givenTheApp();
    const dialog = await whenTheDialogIsOpened();
    whenFilesAreDropped(within(dialog).getByTestId("import-drop-zone"), csvFile("ban.csv", HAMLETS));
    const card = await thenTheMappingIsShown("ban.csv");
    for (const control of card.querySelectorAll("select, input, textarea")) {
      const labelled =
        control.getAttribute("aria-label") ||
        (control.id && card.querySelector(`label[for="${control.id}"]`)?.textContent);
      expect(labelled, control.outerHTML.slice(0, 80)).toBeTruthy();
    }
  });

  it("opens with the files dropped anywhere on the window", async () => {
    givenTheApp();
    expect((screen.getByRole("dialog", { hidden: true }) as HTMLDialogElement).open).toBe(false);
    whenFilesAreDropped(document.body, csvFile("tha.csv", HAMLETS));
    await thenTheMappingIsShown("tha.csv");
    expect((screen.getByRole("dialog", { hidden: true }) as HTMLDialogElement).open).toBe(true);
  });
});

describe("imported layers list", () => {
  it("renames a layer", async () => {
    const { row, store, layer } = await givenAnImportedLayer();
    fireEvent.click(within(row).getByRole("button", { name: "Đổi tên" }));
    fireEvent.change(within(row).getByLabelText("Tên lớp"), { target: { value: "Bản xã Chiềng Pha" } });
    fireEvent.click(within(row).getByRole("button", { name: "Lưu" }));
    await within(row).findByText("Bản xã Chiềng Pha", { selector: "strong" });
    expect((await store.list()).map((stored) => stored.name)).toEqual(["Bản xã Chiềng Pha"]);
    expect(layer.name).toBe("ban");
  });

  it("removes a layer, and undo puts it back", async () => {
    const { row, store, dialog } = await givenAnImportedLayer();
    fireEvent.click(within(row).getByRole("button", { name: "Xóa" }));
    const undo = await within(dialog).findByRole("button", { name: "Hoàn tác" });
    expect(await store.list()).toEqual([]);
    expect(within(dialog).getByText("Chưa có lớp dữ liệu nào được nhập")).toBeTruthy();
    fireEvent.click(undo);
    await within(dialog).findByText("ban", { selector: "strong" });
    expect(await store.list()).toHaveLength(1);
  });

  it("offers undo only for a few seconds", async () => {
    const { row, dialog } = await givenAnImportedLayer();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    fireEvent.click(within(row).getByRole("button", { name: "Xóa" }));
    await within(dialog).findByRole("button", { name: "Hoàn tác" });
    await act(async () => {
      vi.advanceTimersByTime(9_000);
    });
    expect(within(dialog).queryByRole("button", { name: "Hoàn tác" })).toBeNull();
  });

  it("exports a layer as GeoJSON and CSV", async () => {
    const { row, saved } = await givenAnImportedLayer();
    fireEvent.click(within(row).getByRole("button", { name: "Xuất GeoJSON" }));
    fireEvent.click(within(row).getByRole("button", { name: "Xuất CSV" }));
    expect(saved.map((file) => file.fileName)).toEqual(["ban.geojson", "ban.csv"]);
    const geojson = JSON.parse(await (saved[0]?.blob.text() ?? ""));
    expect(
      geojson.features.map((feature: { properties: { code: string } }) => feature.properties.code),
    ).toEqual(["03730-01", "03730-02"]);
    expect(await saved[1]?.blob.text()).toBe("code,name\n03730-01,Bản Heo Trại\n03730-02,Bản Nà Lốc");
  });

  it("replaces a layer from another file, keeping its id and name", async () => {
    const { row, store, layer, dialog } = await givenAnImportedLayer();
    const picker = within(row).getByLabelText("Nhập lại từ tệp khác: ban");
    fireEvent.change(picker, { target: { files: [csvFile("ban-moi.csv", "ma_ban,ten_ban\nB-1,Bản Mới")] } });
    const card = await thenTheMappingIsShown("ban-moi.csv");
    expect(within(card).getByText(/Nhập lại vào lớp “ban”/)).toBeTruthy();
    expect((within(card).getByLabelText("Loại dữ liệu") as HTMLSelectElement).disabled).toBe(true);
    fireEvent.click(within(card).getByRole("button", { name: "Nhập" }));
    await within(card).findByText("Đã lưu thành lớp “ban”.");
    const listed = await store.list();
    expect(listed.map((stored) => [stored.id, stored.name, stored.fileName])).toEqual([
      [layer.id, "ban", "ban-moi.csv"],
    ]);
    expect(within(dialog).getAllByTestId(/^layer-/)).toHaveLength(1);
  });

  it("tells the user when the browser's storage is full", async () => {
    const app = givenTheApp();
    const full = Object.assign(new Error("quota"), { name: "QuotaExceededError" });
    app.store.add = async () => {
      const { layerStoreError } = await import("../../../src/data/layer-store");
      throw layerStoreError("quota", full);
    };
    const dialog = await whenTheDialogIsOpened();
    whenFilesAreDropped(within(dialog).getByTestId("import-drop-zone"), csvFile("ban.csv", HAMLETS));
    const card = await thenTheMappingIsShown("ban.csv");
    fireEvent.click(within(card).getByRole("button", { name: "Nhập" }));
    const alert = await within(card).findByRole("alert");
    expect(alert.textContent).toMatch(/Bộ nhớ của trình duyệt đã đầy/);
    // the report is still there, so the work is not lost
    expect(within(card).getByTestId("count-accepted").textContent).toBe("2");
  });
});
