#include "bindings.h"
void from_b() { console_log("b"); }
