// false(1): exit 1.
import { trueFalse } from "./true.ts";

export default trueFalse(1);
