import { describe, expect, it } from "vitest";
import { viewFromUrl, viewToUrl } from "../../src/state/url";
import { initialView, toggleLayer } from "../../src/state/view";

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
