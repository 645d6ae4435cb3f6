import { useView } from "./app-context";

/**
 * The reach of a model site, in km: one value in the store that the coverage and planner views
 * share, so both views edit it through the same field with the same bounds.
 */
export function RadiusInput({
  label,
  testId,
  className,
}: {
  label: string;
  testId: string;
  className?: string;
}) {
  const radiusKm = useView((store) => store.radiusKm);
  const setRadius = useView((store) => store.setRadius);
  return (
    <label className={className}>
      {label}
      <input
        type="number"
        min={0.5}
        max={50}
        step={0.5}
        value={radiusKm}
        onChange={(event) => setRadius(Number(event.target.value))}
        data-testid={testId}
      />
    </label>
  );
}
