// A file that uses no jsinterop attribute needs no jsinterop header.
// RUN: %verify %s
// expected-no-diagnostics
int plain(int x) { return x; }
[[nodiscard]] int standard_attribute() { return 1; }
[[gnu::used]] void also_standard() {}
