// screenshots/index.html: every picture of the set on one page, grouped (views, slides on screen,
// slides as exported) and labelled, each linking to the full-size file.
import type { Shot, ShotGroup } from "./screenshot-plan";

const GROUP_TITLES: Record<ShotGroup, string> = {
  view: "Views (standard theme)",
  slide: "Slides in presentation mode",
  export: "Slides as exported (PNG; the PDF pages are the 1920×1080 images)",
};

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

export function screenshotIndex(shots: readonly Shot[], made: string): string {
  const sections = (Object.keys(GROUP_TITLES) as ShotGroup[])
    .map((group) => {
      const inGroup = shots.filter((shot) => shot.group === group);
      if (inGroup.length === 0) return "";
      const figures = inGroup
        .map(
          (shot) => `<figure id="${escapeHtml(shot.name)}">
  <a href="${escapeHtml(shot.name)}.png"><img src="${escapeHtml(shot.name)}.png" loading="lazy" alt="${escapeHtml(shot.caption)}"></a>
  <figcaption><strong>${escapeHtml(shot.caption)}</strong><br>${escapeHtml(shot.size)} · ${shot.language} · ${shot.theme}<br><code>${escapeHtml(shot.name)}.png</code></figcaption>
</figure>`,
        )
        .join("\n");
      return `<section><h2>${GROUP_TITLES[group]} — ${inGroup.length}</h2>\n<div class="grid">\n${figures}\n</div></section>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bình Yên screenshots</title>
<style>
body { font: 15px/1.4 sans-serif; margin: 1rem 2rem; background: #f4f4f4; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 1rem; }
figure { margin: 0; background: #fff; border: 1px solid #ccc; padding: 0.5rem; }
img { width: 100%; height: auto; border: 1px solid #999; }
code { font-size: 12px; }
</style>
</head>
<body>
<h1>Bình Yên screenshots</h1>
<p>${shots.length} pictures, made ${escapeHtml(made)} by <code>npm run screenshots</code>.</p>
${sections}
</body>
</html>
`;
}
