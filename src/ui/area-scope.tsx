// What the whole of the shown data is called ("Toàn huyện", "Toàn tỉnh"…), for the reset button,
// the totals and the briefing: one rule (i18n/scope.ts), given once by the app from its data.
import { createContext, type ReactNode, useContext } from "react";
import { type AreaScope, areaScope } from "../i18n/scope";

const AreaScopeContext = createContext<AreaScope>("area");

export function AreaScopeProvider({ title, children }: { title: string | null; children: ReactNode }) {
  return <AreaScopeContext.Provider value={areaScope(title)}>{children}</AreaScopeContext.Provider>;
}

export function useAreaScope(): AreaScope {
  return useContext(AreaScopeContext);
}
