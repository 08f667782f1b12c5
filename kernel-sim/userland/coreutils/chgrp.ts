// chgrp(1): the chown program acting on the group only.
import chown from "./chown.ts";

export default chown;
