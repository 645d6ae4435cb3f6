// The sentences about geodata/config.json, Vietnamese and English: what is wrong with a key and
// what became of it. config.ts puts them after the file and the key; the page loads them with
// the first message it makes (message-sentences.ts).
import type { Texts } from "../messages";

/** What a key needs, for "needs …; the key was ignored". */
const EXPECTED = {
  title: { vi: "một dòng chữ", en: "a line of text" },
  language: { vi: "“vi” hoặc “en”", en: "“vi” or “en”" },
  view: {
    vi: "{ “center”: [kinh độ, vĩ độ], “zoom”: 0–22 }",
    en: "{ “center”: [longitude, latitude], “zoom”: 0–22 }",
  },
  bounds: {
    vi: "[tây, nam, đông, bắc] tính bằng độ (tây < đông, nam < bắc)",
    en: "[west, south, east, north] in degrees (west < east, south < north)",
  },
} satisfies Record<string, Texts>;

export type ConfigKey = keyof typeof EXPECTED;

export const CONFIG_SENTENCES = {
  "archive-path": () => ({
    vi: "cần đường dẫn tới tệp .pmtiles (ví dụ “basemap.pmtiles”, tính từ thư mục geodata/). Bản đồ nền bị tắt.",
    en: "needs the path of a .pmtiles file (e.g. “basemap.pmtiles”, relative to geodata/). The basemap is off.",
  }),
  "foreign-url": () => ({
    vi: "trỏ tới một máy chủ khác. Ứng dụng chỉ đọc từ máy chủ của chính nó: hãy chép tệp vào geodata/ và ghi tên tệp (ví dụ “basemap.pmtiles”). Bản đồ nền bị tắt.",
    en: "points to another host. The app only reads from its own server: copy the file into geodata/ and give its name (e.g. “basemap.pmtiles”). The basemap is off.",
  }),
  "not-pmtiles": () => ({
    vi: "phải là một tệp PMTiles (đuôi .pmtiles). Bản đồ nền bị tắt.",
    en: "must be a PMTiles archive (ending in .pmtiles). The basemap is off.",
  }),
  "hillshade-encoding": () => ({
    vi: "phải là “terrarium” hoặc “mapbox”; đã dùng “terrarium”.",
    en: "must be “terrarium” or “mapbox”; “terrarium” was used.",
  }),
  "not-object": () => ({
    vi: "không phải một đối tượng JSON; cấu hình bị bỏ qua. Hãy sửa tệp (xem geodata/README.md).",
    en: "is not a JSON object; the configuration was ignored. Correct the file (see geodata/README.md).",
  }),
  "key-ignored": (key: ConfigKey) => ({
    vi: `cần ${EXPECTED[key].vi}; khóa này bị bỏ qua.`,
    en: `needs ${EXPECTED[key].en}; the key was ignored.`,
  }),
} satisfies Record<string, (key: ConfigKey) => Texts>;
