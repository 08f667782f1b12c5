// base64(1): basenc.ts picks the alphabet by its name.
import main from "./basenc.ts";

export default main;
