// A modal question with buttons (the <dialog> element: focus is trapped and Escape cancels).
// Resolves with the chosen button's value, or "" when dismissed.

export function ask(title: string, text: string, buttons: { value: string; label: string; primary?: boolean }[]): Promise<string> {
  const dlg = document.getElementById("dialog") as HTMLDialogElement;
  document.getElementById("dialog-title")!.textContent = title;
  document.getElementById("dialog-text")!.textContent = text;
  const box = document.getElementById("dialog-buttons")!;
  box.replaceChildren(
    ...buttons.map((b) => {
      const el = document.createElement("button");
      el.value = b.value;
      el.textContent = b.label;
      if (b.primary) el.className = "primary";
      return el;
    }),
  );
  dlg.returnValue = "";
  dlg.showModal();
  (box.querySelector<HTMLButtonElement>("button.primary") ?? box.querySelector("button"))?.focus();
  return new Promise((resolve) => dlg.addEventListener("close", () => resolve(dlg.returnValue), { once: true }));
}
