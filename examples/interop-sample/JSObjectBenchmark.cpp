// "Performance considerations": JSObjectBenchmark.cs. A million calls across the boundary against a
// million calls of the same operation on a plain C++ object.
#include "Sample.h"

#include "JSObjectInterop.h"

#include <chrono>
#include <memory>

namespace {

constexpr int operations = 1000000;

struct PocoObject { // plain old C++ object
  std::string question;
  int answer = 0;
  // Not inlined, so that the optimizer keeps one call per operation (as the .NET loop does).
  [[gnu::noinline]] void increment_answer() { answer += 1; }
};

class Stopwatch {
public:
  void restart() { start_ = std::chrono::steady_clock::now(); }
  void stop() { elapsed_ = std::chrono::steady_clock::now() - start_; }
  double total_seconds() const { return std::chrono::duration<double>(elapsed_).count(); }
  double total_milliseconds() const { return std::chrono::duration<double, std::milli>(elapsed_).count(); }

private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::duration elapsed_{};
};

void report(const char *what, const Stopwatch &sw) {
  std::printf("%s elapsed time: %s seconds at %s ms per operation\n", what,
              sample::format_fixed(sw.total_seconds(), 4).c_str(),
              sample::format_fixed(sw.total_milliseconds() / operations, 6).c_str());
}

} // namespace

namespace sample {

void jsobject_benchmark() {
  using namespace jsobject_interop;
  Stopwatch sw;
  jsinterop::object js_object = create_object();

  sw.restart();
  for (int i = 0; i < operations; i++) increment_answer(js_object);
  sw.stop();
  report("JS interop", sw);

  auto poco_object = std::make_unique<PocoObject>(PocoObject{"What is the answer?", 41});
  sw.restart();
  for (int i = 0; i < operations; i++) poco_object->increment_answer();
  sw.stop();
  report("C++", sw);

  std::printf("Begin Object Creation\n");

  sw.restart();
  for (int i = 0; i < operations; i++) {
    jsinterop::object js_object2 = create_object();
    increment_answer(js_object2);
  }
  sw.stop();
  report("JS interop", sw);

  sw.restart();
  for (int i = 0; i < operations; i++) {
    auto poco_object2 = std::make_unique<PocoObject>(PocoObject{"What is the answer?", 0});
    poco_object2->increment_answer();
  }
  sw.stop();
  report("C++", sw);
}

} // namespace sample
