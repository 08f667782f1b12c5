// sha384sum(1): md5sum.ts picks the digest by its name.
import main from "./md5sum.ts";

export default main;
