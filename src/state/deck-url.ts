// The briefing's part of the address bar: present=1 opens presentation mode, slide=N (1-based)
// is the slide shown. Other parameters (the view's) are left as they are.

export interface BriefingUrl {
  presenting: boolean;
  /** 0-based; null when the URL names no valid slide number. */
  slideIndex: number | null;
}

export function briefingFromUrl(search: string): BriefingUrl {
  const parameters = new URLSearchParams(search);
  const slide = parameters.get("slide");
  const number = slide !== null && /^\d{1,4}$/.test(slide) ? Number(slide) : Number.NaN;
  return {
    presenting: parameters.get("present") === "1",
    slideIndex: Number.isInteger(number) && number >= 1 ? number - 1 : null,
  };
}

/** The search string with the briefing's parameters set (or removed: not presenting, no slide). */
export function briefingToUrl(search: string, state: BriefingUrl): string {
  const parameters = new URLSearchParams(search);
  if (state.presenting) parameters.set("present", "1");
  else parameters.delete("present");
  if (state.slideIndex !== null && state.slideIndex >= 0)
    parameters.set("slide", String(state.slideIndex + 1));
  else parameters.delete("slide");
  const text = parameters.toString().replaceAll("%2C", ",").replaceAll("%3A", ":");
  return text ? `?${text}` : "";
}
