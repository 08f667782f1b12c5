// sha256sum(1): md5sum.ts picks SHA-256 by its name.
import main from "./md5sum.ts";

export default main;
