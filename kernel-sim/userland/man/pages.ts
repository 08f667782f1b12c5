// All the manual pages' text, one data file per package group, in page.ts's format. man.ts parses
// it once, on the first lookup.

import { COREUTILS_PAGES_TEXT } from "./pages_coreutils.ts";
import { COREUTILS_SECOND_PAGES_TEXT } from "./pages_coreutils_second.ts";
import { COREUTILS_MORE_PAGES_TEXT } from "./pages_coreutils_more.ts";
import { TOOLS_PAGES_TEXT } from "./pages_tools.ts";
import { TOOLS_MORE_PAGES_TEXT } from "./pages_tools_more.ts";
import { ADMIN_PAGES_TEXT } from "./pages_admin.ts";

export const ALL_PAGES_TEXT = COREUTILS_PAGES_TEXT + COREUTILS_SECOND_PAGES_TEXT + COREUTILS_MORE_PAGES_TEXT + TOOLS_PAGES_TEXT + TOOLS_MORE_PAGES_TEXT + ADMIN_PAGES_TEXT;
