// A program that defines abort() itself: it links (the runtime library's abort() is weak) and its
// own runs.
#include <cstdio>
#include <cstdlib>

extern "C" void abort() {
  std::printf("the program's own abort()\n");
  std::fflush(stdout);
  std::_Exit(9);
}

int main() { std::abort(); }
