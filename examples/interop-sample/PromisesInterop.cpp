// "Asynchronous interop": PromisesInterop.cs and PromisesUsage.
#include "Sample.h"

#include <chrono>

namespace promises_interop {

// A promise of nothing is a task<void>.
[[jsinterop::import("wait2Seconds", "PromisesShim")]]
jsinterop::task<void> wait_2_seconds();

[[jsinterop::import("waitGetString", "PromisesShim")]]
jsinterop::task<std::string> wait_get_string();

// marshal_as on the function applies to the result: a promise of a Date.
[[jsinterop::import("waitGetDate", "PromisesShim"), jsinterop::marshal_as("promise<date>")]]
jsinterop::task<std::chrono::system_clock::time_point> wait_get_date();

// std::u16string: its size() counts UTF-16 units, as JS's and .NET's string length do.
[[jsinterop::import("fetchCurrentUrl", "PromisesShim")]]
jsinterop::task<std::u16string> fetch_current_url();

// result<void>: a throw in the async function would be an error value.
[[jsinterop::import("asyncFunction", "PromisesShim")]]
jsinterop::task<jsinterop::result<void>> async_function();

// result<void>: a rejection is an error value (.NET throws a JSException).
[[jsinterop::import("conditionalSuccess", "PromisesShim")]]
jsinterop::task<jsinterop::result<void>> conditional_success(bool should_succeed);

} // namespace promises_interop

namespace {

using stopwatch_clock = std::chrono::steady_clock;

double seconds_since(stopwatch_clock::time_point start) {
  return std::chrono::duration<double>(stopwatch_clock::now() - start).count();
}

// DateTime.ToString() in the invariant/en-US culture: "11/24/1988 12:00:00 AM".
std::string format_date_time(std::chrono::system_clock::time_point time) {
  using namespace std::chrono;
  auto day = floor<days>(time);
  year_month_day date{day};
  hh_mm_ss clock{floor<seconds>(time - day)};
  int hour = static_cast<int>(clock.hours().count());
  char text[64];
  std::snprintf(text, sizeof text, "%u/%u/%d %d:%02d:%02d %s", static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()), static_cast<int>(date.year()),
                hour % 12 == 0 ? 12 : hour % 12, static_cast<int>(clock.minutes().count()),
                static_cast<int>(clock.seconds().count()), hour < 12 ? "AM" : "PM");
  return text;
}

} // namespace

namespace sample {

jsinterop::task<void> promises_usage() {
  using namespace promises_interop;
  if (!co_await import_shim("PromisesShim", "./PromisesShim.js")) co_return;

  auto start = stopwatch_clock::now();
  co_await wait_2_seconds(); // await a promise
  std::printf("Waited %ss.\n", format_fixed(seconds_since(start), 1).c_str());

  start = stopwatch_clock::now();
  std::string text = co_await wait_get_string(); // a promise of a string
  std::printf("Waited %ss for WaitGetString: '%s'\n", format_fixed(seconds_since(start), 1).c_str(),
              text.c_str());

  start = stopwatch_clock::now();
  auto date = co_await wait_get_date(); // a promise of a Date
  std::printf("Waited %ss for WaitGetDate: '%s'\n", format_fixed(seconds_since(start), 1).c_str(),
              format_date_time(date).c_str());

  // Await a JS fetch.
  std::u16string response_text = co_await fetch_current_url();
  std::printf("responseText.Length: %zu\n", response_text.size());

  start = stopwatch_clock::now();
  if (auto done = co_await async_function(); !done) // await a JS async function
    std::printf("AsyncFunction failed: %s\n", done.error().message().c_str());
  std::printf("Waited %ss for AsyncFunction.\n", format_fixed(seconds_since(start), 1).c_str());

  // A rejected promise, as an error value.
  jsinterop::result<void> outcome = co_await conditional_success(false);
  if (!outcome) std::printf("JS Exception Caught: '%s'\n", outcome.error().message().c_str());
}

} // namespace sample
