import { describe, expect, it } from "vitest";
import { convertLegacy, decodeBytes, detectLegacy } from "../../../src/data/import/encoding";

// Legacy strings written out by hand from the TCVN3 and VNI code charts, as each appears once its
// bytes are read as Latin-1.
const TCVN3_CASES = [
  ["X· ChiÒng Pha", "Xã Chiềng Pha"],
  ["ThuËn Ch©u", "Thuận Châu"],
  ["B¶n Heo Tr¹i", "Bản Heo Trại"],
  ["TiÕng ViÖt rÊt hay", "Tiếng Việt rất hay"],
] as const;
const VNI_CASES = [
  ["Xaõ Chieàng Pha", "Xã Chiềng Pha"],
  ["Thuaän Chaâu", "Thuận Châu"],
  ["Tieáng Vieät raát hay", "Tiếng Việt rất hay"],
  ["Möôøng Khieâng", "Mường Khiêng"],
  ["Ñoàng Nai", "Đồng Nai"],
] as const;

describe("legacy Vietnamese text", () => {
  it.each(TCVN3_CASES)("reads TCVN3 %s as %s", (legacy, unicode) => {
    expect(detectLegacy(legacy)).toBe("TCVN3");
    expect(convertLegacy(legacy, "TCVN3")).toBe(unicode);
  });

  it.each(VNI_CASES)("converts VNI %s to %s", (legacy, unicode) => {
    expect(convertLegacy(legacy, "VNI")).toBe(unicode);
  });

  it("detects VNI when the text holds a character Vietnamese never uses", () => {
    expect(detectLegacy("Thuaän Chaâu")).toBe("VNI");
    expect(detectLegacy("Möôøng Khieâng")).toBe("VNI");
  });

  it("leaves real Unicode, plain ASCII and stray symbols alone", () => {
    for (const text of ["Xã Chiềng Pha", "Ban Lam", "Café ©", "Sôn La", "Xaõ Chieàng Pha", "Müller"]) {
      expect(detectLegacy(text), text).toBeNull();
    }
  });
});

describe("decodeBytes", () => {
  it("tells UTF-8 with and without a byte-order mark", () => {
    const plain = new TextEncoder().encode("Bản Heo Trại");
    expect(decodeBytes(plain)).toEqual({ text: "Bản Heo Trại", encoding: "UTF-8" });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeBytes(withBom).encoding).toBe("UTF-8 with BOM");
  });

  it("reads Windows-1258 (base letter and combining tone) when the bytes are not UTF-8", () => {
    // "Bản": B, a, combining hook above (0xD2), n
    const decoded = decodeBytes(new Uint8Array([0x42, 0x61, 0xd2, 0x6e, 0x20, 0xd0, 0xe2, 0xcc]));
    expect(decoded.encoding).toBe("windows-1258");
    expect(decoded.text).toBe("Bản Đầ");
  });

  it("reads TCVN3 bytes as Latin-1 so that the text can be converted", () => {
    // "X· ChiÒng Pha" in TCVN3 bytes; 0xD2 is a combining hook in Windows-1258 ("Chỉng").
    const bytes = new Uint8Array([
      0x58, 0xb7, 0x20, 0x43, 0x68, 0x69, 0xd2, 0x6e, 0x67, 0x20, 0x50, 0x68, 0x61,
    ]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe("windows-1252");
    expect(convertLegacy(decoded.text, "TCVN3")).toBe("Xã Chiềng Pha");
  });
});
