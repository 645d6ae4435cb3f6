// The site icons a legend shows, painted on first use, not on import (the page's first render does
// not wait for them), and once for every legend of the page.
import { type IconImage, makeModelSiteIcon, makePolicePostIcon } from "../map/icons";

let icons: { modelSite: IconImage; policePost: IconImage } | null = null;

export function legendIcons(): { modelSite: IconImage; policePost: IconImage } {
  icons ??= { modelSite: makeModelSiteIcon(), policePost: makePolicePostIcon() };
  return icons;
}
