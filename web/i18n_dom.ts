// Elements carry data-i18n (text), data-i18n-label (aria-label) or data-i18n-title (title);
// applyI18n() fills them, and runs again when the language changes.

import { t, type MessageKey } from "./i18n.ts";

export function applyI18n(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>("[data-i18n]")) el.textContent = t(el.dataset.i18n as MessageKey);
  for (const el of root.querySelectorAll<HTMLElement>("[data-i18n-label]")) el.setAttribute("aria-label", t(el.dataset.i18nLabel as MessageKey));
  for (const el of root.querySelectorAll<HTMLElement>("[data-i18n-title]")) el.title = t(el.dataset.i18nTitle as MessageKey);
}
