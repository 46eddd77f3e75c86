// header included after the first binding
[[jsinterop::import("a")]] void f();
#include <jsinterop/jsinterop.h>
void g() { f(); }
