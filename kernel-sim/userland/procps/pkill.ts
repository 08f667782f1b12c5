// pkill(1): pgrep.ts signals instead of listing when run as pkill.
import main from "./pgrep.ts";

export default main;
