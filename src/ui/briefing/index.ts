export { BriefingRoot } from "./BriefingRoot";
export { AddSlideButton, PresentButton } from "./buttons";
export { SlidesPanel } from "./SlidesPanel";
