// Build the page once for every e2e file.
import { build, haveChromium } from "./browser.ts";

export default function setup(): void {
  if (haveChromium()) build();
}
