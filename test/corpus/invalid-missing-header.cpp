// no jsinterop header
[[jsinterop::import("a")]] void f();
[[jsinterop::export]] int g() { return 1; }
