// @vitest-environment happy-dom
import { cleanup, fireEvent, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ImportFileFunction } from "../../../src/workers/import-client";
import {
  csvEngine,
  csvFile,
  givenTheApp,
  memoryStorage,
  thenTheMappingIsShown,
  whenFilesAreDropped,
  whenTheDialogIsOpened,
} from "./import-driver";

afterEach(cleanup);

const HAMLETS =
  "ma_ban,ten_ban,x\n03730-01,Bản Heo Trại,1\n03730-02,Bản Nà Lốc,2\n,<img src=x onerror=alert(1)><b>Bản lỗi</b>,3";

describe("import panel", () => {
  it("drop a file → mapping shown → import → report with counts, and the layer is stored", async () => {
    const { store } = givenTheApp();
    const dialog = await whenTheDialogIsOpened();
    expect(await within(dialog).findByText("Chưa có lớp dữ liệu nào được nhập")).toBeTruthy();
    whenFilesAreDropped(within(dialog).getByTestId("import-drop-zone"), csvFile("ban.csv", HAMLETS));
    const card = await thenTheMappingIsShown("ban.csv");

    expect((within(card).getByLabelText("Loại dữ liệu") as HTMLSelectElement).value).toBe("hamlets");
    const codeColumn = within(card).getByLabelText("Cột cho “Mã”") as HTMLSelectElement;
    expect(codeColumn.value).toBe("ma_ban");
    expect(within(card).getByTestId("samples-ban.csv-code").textContent).toBe("03730-01 · 03730-02");
    const crs = within(card).getByLabelText("Hệ tọa độ") as HTMLSelectElement;
    expect([...crs.options].map((option) => option.textContent)).toContain("Sơn La — VN-2000 104°00'");

    fireEvent.click(within(card).getByRole("button", { name: "Nhập" }));
    await within(card).findByText("Đã lưu thành lớp “ban”.");
    expect(within(card).getByTestId("count-read").textContent).toBe("3");
    expect(within(card).getByTestId("count-accepted").textContent).toBe("2");
    expect(within(card).getByTestId("count-repaired").textContent).toBe("2");
    expect(within(card).getByTestId("count-rejected").textContent).toBe("1");
    expect(within(card).getByText("tọa độ được chuyển sang WGS84: 2")).toBeTruthy();

    const [layer] = await store.list();
    expect(layer?.collection.features).toHaveLength(2);
    expect(await within(dialog).findByText("ban", { selector: "strong" })).toBeTruthy();
    expect(within(dialog).queryByText("Chưa có lớp dữ liệu nào được nhập")).toBeNull();
  });

  it("renders HTML from the file as text, never as markup", async () => {
    givenTheApp();
    const dialog = await whenTheDialogIsOpened();
    whenFilesAreDropped(within(dialog).getByTestId("import-drop-zone"), csvFile("ban.csv", HAMLETS));
    const card = await thenTheMappingIsShown("ban.csv");
    fireEvent.click(within(card).getByRole("button", { name: "Nhập" }));
    await within(card).findByTestId("count-read");
    const reportText = card.textContent ?? "";
    expect(reportText).toContain("<img src=x onerror=alert(1)><b>Bản lỗi</b>");
    expect(card.querySelector("img")).toBeNull();
    expect(card.querySelector("b")).toBeNull();
  });

  it("lets the user change the mapping, and remembers it for files with the same columns", async () => {
    const memory = memoryStorage();
    givenTheApp({ memory });
    const dialog = await whenTheDialogIsOpened();
    const swapped = "ma_ban,ten_ban,x\nA-1,Bản Một,X1";
    whenFilesAreDropped(within(dialog).getByTestId("import-drop-zone"), csvFile("mot.csv", swapped));
    const card = await thenTheMappingIsShown("mot.csv");
    fireEvent.change(within(card).getByLabelText("Cột cho “Tên”"), { target: { value: "x" } });
    expect(within(card).getByTestId("samples-mot.csv-name").textContent).toBe("X1");
    fireEvent.click(within(card).getByRole("button", { name: "Nhập" }));
    await within(card).findByTestId("count-read");
    cleanup();

    givenTheApp({ memory });
    const again = await whenTheDialogIsOpened();
    whenFilesAreDropped(again, csvFile("hai.csv", "X,TEN_BAN,Ma_Ban\n1,2,3"));
    const second = await thenTheMappingIsShown("hai.csv");
    expect(within(second).getByText(/Đã dùng lại cách ghép cột/)).toBeTruthy();
    // the remembered mapping follows this file's spelling of the same columns
    expect((within(second).getByLabelText("Cột cho “Tên”") as HTMLSelectElement).value).toBe("X");
    expect((within(second).getByLabelText("Cột cho “Mã”") as HTMLSelectElement).value).toBe("Ma_Ban");
  });

  it("cancels a running import: nothing is stored", async () => {
    let calls = 0;
    const stalling: ImportFileFunction = (request, onProgress, signal) => {
      calls += 1;
      if (calls === 1) return csvEngine(request, onProgress, signal);
      onProgress({ phase: "parsing", fraction: 0.4 });
      return new Promise(() => {});
    };
    const { store } = givenTheApp({ engine: stalling });
    const dialog = await whenTheDialogIsOpened();
    whenFilesAreDropped(within(dialog).getByTestId("import-drop-zone"), csvFile("ban.csv", HAMLETS));
    const card = await thenTheMappingIsShown("ban.csv");
    fireEvent.click(within(card).getByRole("button", { name: "Nhập" }));
    const progress = await within(card).findByLabelText("Tiến độ nhập ban.csv");
    await expect.poll(() => (progress as HTMLProgressElement).value).toBe(40);
    fireEvent.click(within(card).getByRole("button", { name: "Hủy" }));
    await within(card).findByText("Đã hủy; không có gì được lưu.");
    expect(await store.list()).toEqual([]);
  });

  it("downloads the rejected features as GeoJSON, and the report", async () => {
    const { saved } = givenTheApp();
    const dialog = await whenTheDialogIsOpened();
    whenFilesAreDropped(within(dialog).getByTestId("import-drop-zone"), csvFile("ban.csv", HAMLETS));
    const card = await thenTheMappingIsShown("ban.csv");
    fireEvent.click(within(card).getByRole("button", { name: "Nhập" }));
    fireEvent.click(await within(card).findByRole("button", { name: "Tải đối tượng bị loại (GeoJSON)" }));
    fireEvent.click(within(card).getByRole("button", { name: "Tải báo cáo (.txt)" }));
    expect(saved.map((file) => file.fileName)).toEqual(["ban-rejected.geojson", "ban-report.txt"]);
    const rejected = JSON.parse(await (saved[0]?.blob.text() ?? ""));
    expect(rejected.type).toBe("FeatureCollection");
    expect(rejected.features).toHaveLength(1);
    expect(rejected.features[0].properties).toEqual({
      ma_ban: "",
      ten_ban: "<img src=x onerror=alert(1)><b>Bản lỗi</b>",
      x: "3",
    });
    const text = await (saved[1]?.blob.text() ?? "");
    expect(text).toContain("[LỖI] ban.csv, đối tượng #2, thuộc tính code");
  });
});
