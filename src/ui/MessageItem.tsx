import { SHOWN_TEXT_LIMIT, shortText } from "../domain/shown-text";
import type { Message } from "../domain/types";
import { useText } from "./use-text";
import "../i18n/more-texts"; // the words looked up here, before it first draws

const ABSENT = "(absent)";
// What a message quotes is the data's own ("NAME_3", “MườngKhiên”): marked as such, not as our words.
const QUOTED = /(“[^”]*”|"[^"]*")/;

function MessageText({ text }: { text: string }) {
  return text.split(QUOTED).map((part, index) =>
    index % 2 === 1 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text
      <span key={index} translate="no">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

/** A message is a sentence or two; one listing a file's thousand columns is cut like any text. */
const MESSAGE_LIMIT = 4 * SHOWN_TEXT_LIMIT;

/**
 * One problem found in a file: what is wrong and what to do, then where (the file, the feature by
 * index and id, the property) and what was found. Text only, never HTML. The engine gives what was
 * expected in English only; the message's own text says it in both languages, so the separate
 * field is shown to English readers alone.
 */
export function MessageItem({ message, showFile = false }: { message: Message; showFile?: boolean }) {
  const tx = useText();
  return (
    <li className={`message level-${message.level}`}>
      <span className="message-level">{tx.t(`level.${message.level}`)}</span>{" "}
      <MessageText text={shortText(message.text[tx.language], MESSAGE_LIMIT)} />
      <span className="message-where">
        {showFile && (
          <>
            {" "}
            · <code>{shortText(message.file)}</code>
          </>
        )}
        {message.featureIndex !== null && (
          <>
            {" "}
            · {tx.t("problems.feature")} #{message.featureIndex}
            {message.featureId ? ` (${shortText(message.featureId)})` : ""}
          </>
        )}
        {message.property && (
          <>
            {" "}
            · {tx.t("problems.property")} <code>{shortText(message.property)}</code>
          </>
        )}
        {message.expected && tx.language === "en" && (
          <>
            {" "}
            · {tx.t("problems.expected")} {message.expected}
          </>
        )}
        {message.found !== null && (
          <>
            {" "}
            · {tx.t("problems.found")}{" "}
            <code>{message.found === ABSENT ? tx.t("problems.absent") : shortText(message.found)}</code>
          </>
        )}
      </span>
    </li>
  );
}
