// "JS Date objects": DateInterop.cs and DateUsage.
#include "Sample.h"

#include <chrono>

namespace date_interop {

[[jsinterop::import("incrementDay", "DateShim"), jsinterop::marshal_as("date")]]
std::chrono::system_clock::time_point increment_day(
    [[jsinterop::marshal_as("date")]] std::chrono::system_clock::time_point date);

[[jsinterop::import("logValueAndType", "DateShim")]]
void log_value_and_type([[jsinterop::marshal_as("date")]] std::chrono::system_clock::time_point value);

} // namespace date_interop

namespace sample {

jsinterop::task<void> date_usage() {
  using namespace std::chrono;
  if (!co_await import_shim("DateShim", "./DateShim.js")) co_return;

  // A time_point is UTC; the JS Date shows it in the host's time zone.
  system_clock::time_point date = sys_days{1968y / December / 21} + 12h + 51min;
  date_interop::log_value_and_type(date);
  date = date_interop::increment_day(date);
  date_interop::log_value_and_type(date);
}

} // namespace sample
