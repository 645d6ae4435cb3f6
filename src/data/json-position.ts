// Finds where a JSON text goes wrong. Engines disagree on syntax-error messages (V8 often names
// no position at all), and a steward needs a line and column to fix a file by hand.
// Only runs after JSON.parse has failed, so speed matters little.

export interface JsonSyntaxError {
  offset: number;
  reason: string;
}

class Stop {
  constructor(readonly error: JsonSyntaxError) {}
}

function describeChar(char: string | undefined): string {
  return char === undefined ? "end of file" : JSON.stringify(char);
}

export function findJsonError(text: string): JsonSyntaxError | null {
  let index = 0;
  const fail = (reason: string): never => {
    throw new Stop({ offset: index, reason });
  };
  const unexpected = (wanted: string): never =>
    fail(`unexpected ${describeChar(text[index])}; expected ${wanted}`);
  const space = () => {
    while (index < text.length && " \t\n\r".includes(text[index] as string)) index++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, index)) index += word.length;
    else unexpected("a value");
  };
  const string = () => {
    index++;
    while (index < text.length) {
      const char = text[index] as string;
      if (char === '"') {
        index++;
        return;
      }
      if (char === "\\") {
        index++;
        if (text[index] === "u" && /^[0-9a-fA-F]{4}$/u.test(text.slice(index + 1, index + 5))) index += 5;
        else if ('"\\/bfnrt'.includes(text[index] ?? "x")) index++;
        else fail(`bad escape \\${text[index] ?? ""}`);
      } else if (char < " ") fail("control character inside a string");
      else index++;
    }
    fail("unterminated string");
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/u.exec(text.slice(index, index + 400));
    if (!match) unexpected("a value");
    index += (match as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    space();
    const char = text[index];
    if (char === "{") object();
    else if (char === "[") array();
    else if (char === '"') string();
    else if (char === "t") literal("true");
    else if (char === "f") literal("false");
    else if (char === "n") literal("null");
    else if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) number();
    else unexpected("a value");
  };
  const object = () => {
    index++;
    space();
    if (text[index] === "}") {
      index++;
      return;
    }
    for (;;) {
      space();
      if (text[index] !== '"') unexpected("a property name in double quotes");
      string();
      space();
      if (text[index] !== ":") unexpected('":"');
      index++;
      value();
      space();
      if (text[index] === ",") index++;
      else if (text[index] === "}") {
        index++;
        return;
      } else unexpected('"," or "}"');
    }
  };
  const array = () => {
    index++;
    space();
    if (text[index] === "]") {
      index++;
      return;
    }
    for (;;) {
      value();
      space();
      if (text[index] === ",") index++;
      else if (text[index] === "]") {
        index++;
        return;
      } else unexpected('"," or "]"');
    }
  };
  try {
    value();
    space();
    if (index < text.length) unexpected("end of file");
    return null;
  } catch (error) {
    if (error instanceof Stop) return error.error;
    throw error;
  }
}
