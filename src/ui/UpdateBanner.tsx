import { useEffect, useState } from "react";
import type { UpdateReason, UpdateSignal } from "../pwa/register";
import { useText } from "./use-text";
import "./update-banner.css";

/**
 * Says that a new version of the app or of the data is ready, and lets the user pick the moment
 * to reload (never in the middle of a briefing or an import).
 */
export function UpdateBanner({ signal }: { signal: UpdateSignal | null }) {
  const tx = useText();
  const [reason, setReason] = useState<UpdateReason | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => signal?.subscribe(setReason), [signal]);
  if (!signal || !reason || dismissed) return null;
  return (
    <div className="update-banner" role="status" data-testid="update-banner" data-reason={reason}>
      <p>{tx.t(reason === "version" ? "app.updateVersion" : "app.updateData")}</p>
      <button type="button" onClick={() => signal.apply()} data-testid="update-reload">
        {tx.t("app.updateReload")}
      </button>
      <button type="button" onClick={() => setDismissed(true)}>
        {tx.t("app.updateLater")}
      </button>
    </div>
  );
}
