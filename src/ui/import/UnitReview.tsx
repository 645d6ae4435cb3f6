// Units the gazetteer did not find for sure, each with the close official names it offers (name,
// code, type, district, how far apart): the user accepts one or keeps the unit as unknown. Never
// preselected: a doubtful match is the user's to make.
import { useId } from "react";
import type { ImportResult, UnitMatchReport } from "../../data/import/import-types";
import { useText } from "../use-text";
import { chooseUnit, chosenCode, chosenUnits, doubtfulUnits, type SourceChoices } from "./import-flow";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

interface Props {
  fileName: string;
  result: ImportResult;
  source: SourceChoices;
  onChange(source: SourceChoices): void;
  /** After an import: applies the choices by importing the file again. */
  onApply?: () => void;
}

function UnitChoice({
  match,
  source,
  onChange,
  group,
}: { match: UnitMatchReport; group: string } & Pick<Props, "source" | "onChange">) {
  const tx = useText();
  const chosen = chosenCode(source, match.nameInFile) ?? null;
  const status = match.ambiguous
    ? tx.t("import.units.ambiguous")
    : tx.t(match.status === "suggested" ? "import.units.suggested" : "import.units.unknown");
  return (
    <li className="import-unit" data-testid={`unit-review-${match.nameInFile}`}>
      <fieldset>
        <legend>
          <strong>{match.nameInFile}</strong> <span className="import-unit-status">({status})</span>
        </legend>
        <ul>
          {match.candidates.map((candidate) => (
            <li key={candidate.code}>
              <label>
                <input
                  type="radio"
                  name={group}
                  checked={chosen === candidate.code}
                  onChange={() => onChange(chooseUnit(source, match.nameInFile, candidate.code))}
                />{" "}
                {tx.t("import.units.candidate", {
                  name: candidate.name,
                  code: candidate.code,
                  type: tx.t(`unitType.${candidate.unitType}`),
                  district: candidate.district ? ` · ${candidate.district}` : "",
                  distance: candidate.distance,
                })}
              </label>
            </li>
          ))}
          <li>
            <label>
              <input
                type="radio"
                name={group}
                checked={chosen === null}
                onChange={() => onChange(chooseUnit(source, match.nameInFile, null))}
              />{" "}
              {tx.t("import.units.keepUnknown", { code: match.code })}
            </label>
          </li>
        </ul>
      </fieldset>
    </li>
  );
}

export function UnitReview({ fileName, result, source, onChange, onApply }: Props) {
  const tx = useText();
  const headingId = useId();
  const doubtful = doubtfulUnits(result);
  const chosen = chosenUnits(result);
  if (doubtful.length === 0 && chosen.length === 0) return null;
  const pending = doubtful.some((match) => chosenCode(source, match.nameInFile) !== undefined);
  return (
    <section className="import-units" aria-labelledby={headingId} data-testid="unit-review">
      <h4 id={headingId}>{tx.t("import.units.heading")}</h4>
      {chosen.length > 0 && <p role="status">{tx.t("import.units.chosen", { n: chosen.length })}</p>}
      {doubtful.length > 0 && (
        <>
          <p>{tx.t("import.units.intro", { n: doubtful.length })}</p>
          <ul className="import-unit-list">
            {doubtful.map((match) => (
              <UnitChoice
                key={`${match.featureIndex}-${match.nameInFile}`}
                match={match}
                source={source}
                onChange={onChange}
                group={`${fileName}-unit-${match.featureIndex}`}
              />
            ))}
          </ul>
        </>
      )}
      {onApply && doubtful.length > 0 && (
        <button type="button" className="primary" disabled={!pending} onClick={onApply}>
          {tx.t("import.units.apply")}
        </button>
      )}
    </section>
  );
}
