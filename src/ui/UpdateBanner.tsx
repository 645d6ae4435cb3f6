import { useEffect, useState } from "react";
import type { UpdateReason, UpdateSignal } from "../pwa/register";
import { useTranslate } from "./app-context";
import "./update-banner.css";

/**
 * Says that a new version of the app or of the data is ready, and lets the user pick the moment
 * to reload (never in the middle of a briefing or an import).
 */
export function UpdateBanner({ signal }: { signal: UpdateSignal | null }) {
  const t = useTranslate();
  const [reason, setReason] = useState<UpdateReason | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => signal?.subscribe(setReason), [signal]);
  if (!signal || !reason || dismissed) return null;
  return (
    <div className="update-banner" role="status" data-testid="update-banner" data-reason={reason}>
      <p>{t(reason === "version" ? "updateVersion" : "updateData")}</p>
      <button type="button" onClick={() => signal.apply()} data-testid="update-reload">
        {t("updateReload")}
      </button>
      <button type="button" onClick={() => setDismissed(true)}>
        {t("updateLater")}
      </button>
    </div>
  );
}
