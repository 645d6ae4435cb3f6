export { BriefingRoot } from "./BriefingRoot";
export { usePresentedPlan } from "./briefing-context";
export { AddSlideButton, PresentButton } from "./buttons";
