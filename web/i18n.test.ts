import { describe, expect, it } from "vitest";
import { initialLang, MESSAGES, setLang, t } from "./i18n.ts";

describe("i18n", () => {
  it("has every English key in Chinese", () => {
    expect(Object.keys(MESSAGES["zh-CN"]).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });
  it("fills placeholders in the chosen language", () => {
    setLang("zh-CN");
    expect(t("tabs.name", { n: 2 })).toBe("终端 2");
    setLang("en");
    expect(t("tabs.name", { n: 2 })).toBe("Terminal 2");
  });
  it("picks ?lang, then the saved choice, then the browser's", () => {
    expect(initialLang("?lang=zh-CN", "en", ["en-US"])).toBe("zh-CN");
    expect(initialLang("", null, ["zh-TW", "en"])).toBe("zh-CN");
    expect(initialLang("", "en", ["zh-CN"])).toBe("en");
    expect(initialLang("", null, ["fr"])).toBe("en");
  });
});
