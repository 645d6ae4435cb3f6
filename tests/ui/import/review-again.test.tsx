// @vitest-environment happy-dom
// The review after an import: the mapping changed and the file imported again without choosing it
// again (the stored layer is replaced, not doubled); another sheet of a workbook chosen, and the
// file read again with that sheet's columns.
import { cleanup, fireEvent, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ImportRequest } from "../../../src/data/import/import-types";
import type { ImportFileFunction } from "../../../src/workers/import-client";
import {
  csvEngine,
  csvFile,
  givenTheApp,
  thenTheMappingIsShown,
  whenFilesAreDropped,
  whenTheDialogIsOpened,
} from "./import-driver";

afterEach(cleanup);

const WAIT = { timeout: 10_000 };

describe("the review after an import", () => {
  it("changes the mapping and imports the same file again, replacing its layer", async () => {
    const { store } = givenTheApp();
    const dialog = await whenTheDialogIsOpened();
    const file = csvFile("ban.csv", "ma_ban,ten_ban,ten_dung\n03730-01,sai,Bản Heo Trại");
    whenFilesAreDropped(within(dialog).getByTestId("import-drop-zone"), file);
    const card = await thenTheMappingIsShown("ban.csv");
    fireEvent.click(within(card).getByRole("button", { name: "Nhập" }));
    await within(card).findByText("Đã lưu thành lớp “ban”.", {}, WAIT);
    expect((await store.list())[0]?.collection.features[0]?.properties?.name).toBe("sai");

    fireEvent.click(within(card).getByRole("button", { name: "Sửa ghép cột" }));
    await within(card).findByRole("table");
    expect(within(card).getByText("Nhập lại sẽ thay lớp “ban” đã lưu; không cần chọn lại tệp.")).toBeTruthy();
    fireEvent.change(within(card).getByLabelText("Cột cho “Tên”"), { target: { value: "ten_dung" } });
    fireEvent.click(within(card).getByRole("button", { name: "Nhập" }));
    await within(card).findByText("Đã lưu thành lớp “ban”.", {}, WAIT);
    const layers = await store.list();
    expect(layers).toHaveLength(1);
    expect(layers[0]?.collection.features[0]?.properties?.name).toBe("Bản Heo Trại");
  });

  it("offers the sheets of a workbook, and reads the one chosen", async () => {
    const requests: (string | null | undefined)[] = [];
    const workbook: ImportFileFunction = async (request: ImportRequest, onProgress, signal) => {
      requests.push(request.sheet);
      const text =
        request.sheet === "Danh sách"
          ? "ma_ban,ten_ban\n03730-01,Bản Heo Trại"
          : "ma_ban,ten_ban\n03730-09,Bản Bìa";
      const result = await csvEngine(
        { ...request, bytes: new TextEncoder().encode(text) },
        onProgress,
        signal,
      );
      const sheets = [
        { name: "Bìa", rows: 2, hidden: false },
        { name: "Danh sách", rows: 2, hidden: false },
      ];
      return { ...result, detection: { ...result.detection, sheets, sheet: request.sheet ?? "Bìa" } };
    };
    givenTheApp({ engine: workbook });
    const dialog = await whenTheDialogIsOpened();
    whenFilesAreDropped(within(dialog).getByTestId("import-drop-zone"), csvFile("ban.xlsx", "-"));
    const card = await thenTheMappingIsShown("ban.xlsx");
    const sheet = within(card).getByLabelText("Trang tính") as HTMLSelectElement;
    expect([...sheet.options].map((option) => option.textContent)).toEqual([
      "Bìa (2 dòng có dữ liệu)",
      "Danh sách (2 dòng có dữ liệu)",
    ]);
    expect(within(card).getByTestId("samples-ban.xlsx-name").textContent).toBe("Bản Bìa");
    fireEvent.change(sheet, { target: { value: "Danh sách" } });
    await within(card).findByText("Bản Heo Trại", { selector: "td" }, WAIT);
    expect(requests.at(-1)).toBe("Danh sách");
    fireEvent.click(within(card).getByRole("button", { name: "Nhập" }));
    await within(card).findByTestId("count-read", {}, WAIT);
    expect(requests.at(-1)).toBe("Danh sách");
  });
});
