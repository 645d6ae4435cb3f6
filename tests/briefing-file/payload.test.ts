import { describe, expect, it } from "vitest";
import {
  BRIEFING_FORMAT,
  BRIEFING_VERSION,
  type BriefingPayload,
  fillTemplate,
  formatSize,
  readPayload,
} from "../../src/briefing-file/payload";
import { briefingPolicy, inlinePage } from "../../src/build/briefing-template";

const empty = { type: "FeatureCollection" as const, features: [] };
const payload: BriefingPayload = {
  format: BRIEFING_FORMAT,
  version: BRIEFING_VERSION,
  createdAt: "2026-12-03T00:00:00.000Z",
  language: "vi",
  theme: "projector-light",
  deck: { format: "binh-yen-deck", version: 1, title: "Bản </script><!-- thử", slides: [] } as never,
  data: {
    title: "Huyện </script>",
    sample: true,
    dataDate: "2022-12-31",
    source: "$` $' $&",
    layers: { units: empty, hamlets: empty, sites: empty, incidents: empty, activities: empty },
  },
};
const template =
  '<html><body><script type="application/json" id="binhyen-briefing">"__BINHYEN_BRIEFING_PAYLOAD__"</script><script type="module">app()</script></body></html>';

describe("the briefing file's payload", () => {
  it("goes into the template so that no text of the data can end its script element", () => {
    const page = fillTemplate(template, payload);
    expect(page.match(/<\/script>/gu)).toHaveLength(2);
    expect(page).not.toContain("<!--");
    const json = /id="binhyen-briefing">([^<]*)<\/script>/u.exec(page)?.[1];
    expect(readPayload(json)).toEqual(payload);
  });

  it("refuses a page that is not the template, and reads nothing from an unfilled one", () => {
    expect(() => fillTemplate("<html></html>", payload)).toThrow(/not the briefing template/);
    expect(readPayload('"__BINHYEN_BRIEFING_PAYLOAD__"')).toBeNull();
    expect(readPayload(JSON.stringify({ ...payload, version: 99 }))).toBeNull();
  });

  it("states sizes the way each language writes them", () => {
    expect(formatSize(4_222_906, "vi")).toBe("4,2 MB");
    expect(formatSize(4_222_906, "en")).toBe("4.2 MB");
    expect(formatSize(812_000, "en")).toBe("812 kB");
  });
});

describe("the single-file template", () => {
  it("inlines the script and stylesheet, allowing the script by its hash and no host", () => {
    const built =
      '<html><head><script type="module" crossorigin src="./assets/a.js"></script>\n<link rel="stylesheet" crossorigin href="./assets/a.css">\n</head><body></body></html>';
    const files: Record<string, string> = {
      "./assets/a.js": "const s = `$'</script>`; run(s);",
      "./assets/a.css": "body{color:red}",
    };
    const page = inlinePage(built, (path) => files[path] ?? "");
    expect(page).toContain("<style>body{color:red}</style>");
    expect(page).toContain('<script type="module">const s = `$\'<\\/script>`; run(s);</script>');
    expect(page).not.toMatch(/src=|href=/u);
    const policy = briefingPolicy("abc");
    expect(policy).toContain("script-src 'sha256-abc'");
    expect(policy).not.toMatch(/https?:|'self'|\*/u);
  });
});
