// @vitest-environment happy-dom
// The panel with the real engine (on the main thread) and its real helpers, loaded lazily.
import { cleanup, fireEvent, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import {
  givenTheApp,
  thenTheMappingIsShown,
  whenFilesAreDropped,
  whenTheDialogIsOpened,
} from "./import-driver";

afterEach(cleanup);

const hamlet = (code: string, name: string, people: unknown, longitude: number) => ({
  type: "Feature",
  geometry: { type: "Point", coordinates: [longitude, 21.51] },
  properties: { ma_ban: code, ten_ban: name, dan_so: people },
});

const file = new File(
  [
    JSON.stringify({
      type: "FeatureCollection",
      features: [
        hamlet("03730-01", "Bản Heo Trại", 512, 103.64),
        hamlet("03730-02", "Bản Nà Lốc", "nhiều", 103.65),
        hamlet("", "Bản không mã", 10, 103.66),
      ],
    }),
  ],
  "ban-chieng-pha.geojson",
  { type: "application/geo+json" },
);

describe("import panel with the real engine", () => {
  it("proposes the Vietnamese columns, imports, and reports the rejected feature", async () => {
    const { store } = givenTheApp({ engine: null, tools: null });
    const dialog = await whenTheDialogIsOpened();
    whenFilesAreDropped(within(dialog).getByTestId("import-drop-zone"), file);
    const card = await thenTheMappingIsShown("ban-chieng-pha.geojson");
    expect((within(card).getByLabelText("Loại dữ liệu") as HTMLSelectElement).value).toBe("hamlets");
    expect((within(card).getByLabelText("Cột cho “Mã”") as HTMLSelectElement).value).toBe("ma_ban");
    expect((within(card).getByLabelText("Cột cho “Dân số (người)”") as HTMLSelectElement).value).toBe(
      "dan_so",
    );
    expect(within(card).getByTestId("samples-ban-chieng-pha.geojson-name").textContent).toContain(
      "Bản Heo Trại",
    );
    const crs = within(card).getByLabelText("Hệ tọa độ") as HTMLSelectElement;
    expect([...crs.options].some((option) => option.textContent === "Sơn La — VN-2000 104°00'")).toBe(true);

    fireEvent.click(within(card).getByRole("button", { name: "Nhập" }));
    await within(card).findByTestId("count-read");
    expect(within(card).getByTestId("count-read").textContent).toBe("3");
    const accepted = Number(within(card).getByTestId("count-accepted").textContent);
    const rejected = Number(within(card).getByTestId("count-rejected").textContent);
    expect(accepted + rejected).toBe(3);
    expect(rejected).toBeGreaterThanOrEqual(1);
    const [layer] = await store.list();
    expect(layer?.collection.features).toHaveLength(accepted);
    expect(layer?.kind).toBe("hamlets");
  });
});
