import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../src/domain/types";
import { viewFromUrl, viewToUrl } from "../../src/state/url";
import { initialView, setPeriod, setWindow, toggleCategory, toggleLayer } from "../../src/state/view";

describe("the view in the URL", () => {
  it("round-trips camera, layers, selection and language", () => {
    const view = {
      ...toggleLayer(initialView, "incidents"),
      camera: { center: [103.645, 21.512] as [number, number], zoom: 12.5 },
      selected: { layer: "hamlets" as const, id: "03730-01" },
      language: "en" as const,
    };
    const search = viewToUrl(view, "");
    expect(search).toBe(
      "?lang=en&c=103.64500,21.51200&z=12.50&layers=units,hamlets,sites&sel=hamlets:03730-01",
    );
    expect(viewFromUrl(search, initialView)).toEqual(view);
  });

  it("keeps parameters it does not own", () => {
    expect(viewToUrl(initialView, "?present=1&lang=en")).toBe("?present=1&lang=vi");
  });

  it("ignores malformed values instead of failing", () => {
    const view = viewFromUrl("?lang=fr&c=999,1&z=abc&sel=nonsense&layers=units,roads", initialView);
    expect(view.language).toBe("vi");
    expect(view.camera).toBeNull();
    expect(view.selected).toBeNull();
    expect(view.visible).toEqual({ units: true, hamlets: false, sites: false, incidents: false });
  });

  it("keeps a selection id that itself contains a colon", () => {
    expect(viewFromUrl("?sel=incidents:SV:1", initialView).selected).toEqual({
      layer: "incidents",
      id: "SV:1",
    });
  });
});

describe("the coverage view in the URL", () => {
  it("round-trips mode, window, radius, incident style and categories", () => {
    const view = {
      ...initialView,
      mode: "coverage" as const,
      window: { from: "2021-01-01" as IsoDate, to: "2021-12-31" as IsoDate },
      radiusKm: 7.5,
      incidentStyle: "heatmap" as const,
      categories: ["theft" as const, "drugs" as const],
    };
    const search = viewToUrl(view, "");
    expect(search).toBe(
      "?lang=vi&view=coverage&from=2021-01-01&to=2021-12-31&r=7.5&inc=heatmap&cat=theft,drugs",
    );
    expect(viewFromUrl(search, initialView)).toEqual(view);
  });

  it("drops impossible dates and radii", () => {
    const view = viewFromUrl("?from=2021-13-45&to=yesterday&r=-3&inc=bars&view=3d", initialView);
    expect(view.window).toEqual({ from: null, to: null });
    expect(view.radiusKm).toBe(5);
    expect(view.incidentStyle).toBe("clusters");
    expect(view.mode).toBe("map");
  });
});

describe("view updaters", () => {
  it("swaps an inverted window instead of showing nothing", () => {
    const view = setWindow(initialView, { from: "2022-12-31" as IsoDate, to: "2022-01-01" as IsoDate });
    expect(view.window).toEqual({ from: "2022-01-01", to: "2022-12-31" });
  });

  it("keeps the categories in their canonical order when toggled back on", () => {
    const without = toggleCategory(toggleCategory(initialView, "theft"), "drugs");
    expect(without.categories).not.toContain("theft");
    expect(toggleCategory(without, "theft").categories).toEqual(
      initialView.categories.filter((category) => category !== "drugs"),
    );
  });
});

describe("the administrative map in the URL", () => {
  it("reads period= of either map, ignores anything else, and writes it back only when chosen", () => {
    expect(viewFromUrl("?period=from-2025-07-01", initialView).period).toBe("from-2025-07-01");
    expect(viewFromUrl("?period=before-2025-07-01", initialView).period).toBe("before-2025-07-01");
    expect(viewFromUrl("?period=2025", initialView).period).toBeNull();
    expect(viewFromUrl("", initialView).period).toBeNull();
    const today = setPeriod(initialView, "from-2025-07-01");
    expect(viewToUrl(today, "")).toContain("period=from-2025-07-01");
    expect(viewToUrl(initialView, "?period=from-2025-07-01")).not.toContain("period=");
    expect(viewFromUrl(viewToUrl(today, ""), initialView).period).toBe("from-2025-07-01");
  });

  it("setPeriod keeps the same view when nothing changes", () => {
    const today = setPeriod(initialView, "from-2025-07-01");
    expect(setPeriod(today, "from-2025-07-01")).toBe(today);
    expect(setPeriod(today, null).period).toBeNull();
  });
});
