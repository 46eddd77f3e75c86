#include <jsinterop/jsinterop.h>
#include <cstdio>

[[jsinterop::import("describe", "Args")]] std::string describe(int count);

// Exits with the number of program arguments, so that the runner's exit code is checked.
int main(int argc, char **argv) {
  std::printf("argc %d\n", argc);
  for (int i = 1; i < argc; ++i)
    std::printf("argv[%d] %s\n", i, argv[i]);
  std::printf("%s\n", describe(argc - 1).c_str());
  return argc - 1;
}
