// What the whole of the data is called ("Toàn huyện", "Toàn tỉnh"…), read from the dataset's
// title: districts were abolished in 2025, so a fixed "Toàn huyện" is wrong for newer data.
export const AREA_SCOPES = ["country", "district", "province", "city", "commune", "area"] as const;
export type AreaScope = (typeof AREA_SCOPES)[number];

const WORDS: readonly [RegExp, AreaScope][] = [
  // Before the others: a national title goes on to name its provinces ("Toàn quốc: 34 tỉnh").
  [/\b(toan quoc|ca nuoc|national|nationwide|country)\b/, "country"],
  [/\b(huyen|quan|thi xa|district)\b/, "district"],
  [/\b(tinh|province)\b/, "province"],
  [/\b(thanh pho|city)\b/, "city"],
  [/\b(xa|phuong|thi tran|commune|ward|town)\b/, "commune"],
];

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

/** The first administrative word of the title names the area: "Huyện X, tỉnh Y" is a district. */
export function areaScope(title: string | null | undefined): AreaScope {
  const folded = fold(title ?? "");
  let best: { index: number; scope: AreaScope } | null = null;
  for (const [pattern, scope] of WORDS) {
    const index = folded.search(pattern);
    if (index >= 0 && (best === null || index < best.index)) best = { index, scope };
  }
  return best?.scope ?? "area";
}
