// Program.Main of the seed sample: each usage awaited in turn.
#include "Sample.h"

namespace {
jsinterop::task<void> run_all() {
  co_await sample::primitives_usage();
  co_await sample::date_usage();
  co_await sample::jsobject_usage();
  co_await sample::promises_usage();
  co_await sample::events_usage();
  sample::jsobject_benchmark();
}
} // namespace

namespace sample {

jsinterop::task<bool> import_shim(std::string_view name, std::string_view url) {
  jsinterop::result<void> loaded = co_await jsinterop::host::import_module(name, url);
  if (!loaded) {
    std::fprintf(stderr, "could not load %s from %s: %s\n", std::string(name).c_str(),
                 std::string(url).c_str(), loaded.error().message().c_str());
    co_return false;
  }
  co_return true;
}

std::string format_fixed(double value, int decimals) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  std::string result(text);
  if (result.starts_with("0.")) result.erase(0, 1);
  return result;
}

} // namespace sample

int main() {
  // main returns at once; the runner (or the page) waits for the spawned task, as .NET awaits
  // an async Main.
  jsinterop::spawn(run_all());
  return 0;
}
