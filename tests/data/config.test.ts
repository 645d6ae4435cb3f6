import { describe, expect, it } from "vitest";
import { EMPTY_CONFIG, isSameOrigin, parseConfig } from "../../src/data/config";

describe("geodata/config.json", () => {
  it("reads every key a deployer may set", () => {
    const { config, messages } = parseConfig(
      JSON.stringify({
        title: "Công an tỉnh Sơn La",
        language: "en",
        view: { center: [103.66, 21.43], zoom: 10 },
        bounds: [103.2, 21.1, 104.1, 21.7],
        basemap: { url: "basemap.pmtiles", hillshade: "terrain.pmtiles", visible: false },
      }),
    );
    expect(messages).toEqual([]);
    expect(config).toEqual({
      title: "Công an tỉnh Sơn La",
      language: "en",
      view: { center: [103.66, 21.43], zoom: 10 },
      bounds: [103.2, 21.1, 104.1, 21.7],
      basemap: {
        url: "basemap.pmtiles",
        hillshade: "terrain.pmtiles",
        hillshadeEncoding: "terrarium",
        visible: false,
      },
    });
  });

  it("is no configuration when the file is absent", () => {
    expect(parseConfig(null)).toEqual({ config: EMPTY_CONFIG, messages: [] });
  });

  it("refuses a basemap on another host, naming the key and the URL, and leaves the basemap off", () => {
    const { config, messages } = parseConfig(
      JSON.stringify({ title: "A", basemap: { url: "https://tiles.example.com/vn.pmtiles" } }),
    );
    expect(config.basemap).toBeNull();
    expect(config.title).toBe("A");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      level: "error",
      code: "config-foreign-url",
      property: "basemap.url",
    });
    expect(messages[0]?.found).toContain("tiles.example.com");
    expect(messages[0]?.text.vi).toContain("máy chủ khác");
  });

  it("accepts a URL naming the page's own origin only where the origin is known (the app)", () => {
    const url = "https://intranet.example/anninh/geodata/basemap.pmtiles";
    expect(
      parseConfig(JSON.stringify({ basemap: { url } }), "https://intranet.example").config.basemap?.url,
    ).toBe(url);
    expect(parseConfig(JSON.stringify({ basemap: { url } })).config.basemap).toBeNull();
    expect(isSameOrigin("//intranet.example/x.pmtiles", "https://intranet.example")).toBe(false);
    expect(isSameOrigin("/tiles/x.pmtiles")).toBe(true);
    expect(isSameOrigin("../tiles/x.pmtiles")).toBe(true);
  });

  it("reports wrong values by key and keeps the rest", () => {
    const { config, messages } = parseConfig(
      JSON.stringify({
        title: 3,
        language: "fr",
        view: { center: [200, 21], zoom: 9 },
        bounds: [104, 21, 103, 22],
        basemap: { url: "basemap.mbtiles" },
      }),
    );
    expect(config).toEqual(EMPTY_CONFIG);
    expect(messages.map((message) => message.property)).toEqual([
      "title",
      "language",
      "view",
      "bounds",
      "basemap.url",
    ]);
    expect(messages.find((message) => message.property === "basemap.url")?.code).toBe("config-not-pmtiles");
  });

  it("says so when the file is not a JSON object", () => {
    const { config, messages } = parseConfig("[1, 2");
    expect(config).toEqual(EMPTY_CONFIG);
    expect(messages[0]?.code).toBe("config-not-object");
  });
});
