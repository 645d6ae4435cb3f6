import { describe, expect, it } from "vitest";
import { type ImportProgress, importFile } from "../../../src/data/import";

const encode = (text: string) => new TextEncoder().encode(text);

function incidents(count: number): Uint8Array {
  const features = Array.from({ length: count }, (_, index) => ({
    type: "Feature",
    geometry: { type: "Point", coordinates: [103.6 + (index % 100) / 1000, 21.5] },
    properties: { id: `VV-${index}`, date: "2022-03-15", category: "theft" },
  }));
  return encode(JSON.stringify({ type: "FeatureCollection", features }));
}

describe("importFile", () => {
  it("reports progress through its phases, ending with done", async () => {
    const seen: ImportProgress[] = [];
    await importFile(
      { fileName: "i.geojson", bytes: incidents(12_000), kind: "incidents", crs: "VN2000:104", fields: null },
      (progress) => seen.push(progress),
    ).catch(() => undefined);
    const phases = seen.map((progress) => progress.phase);
    expect(phases[0]).toBe("reading");
    expect(phases).toContain("parsing");
    expect(seen.every((progress) => progress.fraction >= 0 && progress.fraction <= 1)).toBe(true);
  });

  it("ends with done and keeps original properties next to ours", async () => {
    const seen: ImportProgress[] = [];
    const bytes = encode("ma_ban,TEN_BAN,Ghi chú,lat,lon\n03730-01,Bản Heo Trại,gần suối,21.51,103.64\n");
    const result = await importFile(
      { fileName: "b.csv", bytes, kind: "hamlets", crs: null, fields: null },
      (progress) => seen.push(progress),
    );
    expect(seen.at(-1)).toEqual({ phase: "done", fraction: 1 });
    expect(result.collection.features[0]?.properties).toMatchObject({
      code: "03730-01",
      name: "Bản Heo Trại",
      ma_ban: "03730-01",
      TEN_BAN: "Bản Heo Trại",
      "Ghi chú": "gần suối",
    });
    expect(result.detection.fields).toMatchObject({ code: "ma_ban", name: "TEN_BAN" });
  });

  it("stops with an AbortError when cancelled", async () => {
    const controller = new AbortController();
    const pending = importFile(
      { fileName: "i.geojson", bytes: incidents(20_000), kind: "incidents", crs: null, fields: null },
      (progress) => {
        if (progress.phase === "parsing") controller.abort();
      },
      controller.signal,
    );
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  it("lets user field choices override the proposal", async () => {
    const bytes = encode("ten,ten_khac,lat,lon,ma\nA,B,21.5,103.6,H1\n");
    const result = await importFile({
      fileName: "h.csv",
      bytes,
      kind: "hamlets",
      crs: null,
      fields: { name: "ten_khac" },
    });
    expect(result.collection.features[0]?.properties?.name).toBe("B");
  });

  it("refuses a CRS it does not understand when the user typed it", async () => {
    const bytes = encode("code,name,lat,lon\nH1,A,21.5,103.6\n");
    const result = await importFile({
      fileName: "h.csv",
      bytes,
      kind: "hamlets",
      crs: "EPSG:1",
      fields: null,
    });
    expect(result.counts.accepted).toBe(0);
    expect(result.messages[0]).toMatchObject({ level: "error", code: "crs-unknown" });
  });
});
