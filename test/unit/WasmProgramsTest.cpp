// The C++ runtime's wasm32 programs (test/unit/wasm/, built by CMake without the plugin), each run
// by the JS runtime through jsinterop-run: a program prints its failed checks and exits with their
// number.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace {

struct Run {
  int ExitCode;
  std::string Output;
};

Run runProgram(const std::string &Name) {
  std::string Command = std::string(JSINTEROP_RUN) + " " + JSINTEROP_WASM_PROGRAMS_DIR + "/" + Name + ".wasm 2>&1";
  Run Result{-1, ""};
  FILE *Pipe = popen(Command.c_str(), "r");
  if (!Pipe)
    return Result;
  char Buffer[4096];
  for (size_t Read; (Read = fread(Buffer, 1, sizeof Buffer, Pipe)) > 0;)
    Result.Output.append(Buffer, Read);
  int Status = pclose(Pipe);
  Result.ExitCode = WIFEXITED(Status) ? WEXITSTATUS(Status) : -1;
  return Result;
}

} // namespace

TEST_CASE("classes.cpp: instances and value objects cross as detail/classes.h says", "[classes][wasm]") {
  Run Result = runProgram("classes");
  INFO(Result.Output);
  CHECK(Result.ExitCode == 0);
  CHECK(Result.Output.find("0 failure(s)") != std::string::npos);
}
