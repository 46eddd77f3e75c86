#include "bindings.h"
int shared::twice(int x) { return 2 * x; }
int main() {
  console_log("a");
  return 0;
}
