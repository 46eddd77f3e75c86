// The runtime library's side of jsinterop::task (docs/design.md, "Promises and tasks"): the
// continuation of an awaited JS promise, spawned tasks and failures nothing handled.
#include <cstdio>
#include <string>

#include "jsinterop/wire.h"

namespace {

int pending_tasks = 0; // spawned, not finished
int failed_tasks = 0;  // failures reported on stderr

void spawned_task_finished(jsinterop::detail::task_state_base &state, jsinterop::abi::i32) {
  if (state.failed())
    jsinterop::detail::report_failed_task("a spawned task failed", state.failure());
  if (--pending_tasks == 0)
    jsinterop::detail::intrinsics::tasks_idle();
}

} // namespace

void jsinterop::detail::report_failed_task(std::string_view what, const js_error &error) {
  ++failed_tasks;
  std::string message = error.message();
  std::fprintf(stderr, "jsinterop: %.*s: %s\n", static_cast<int>(what.size()), what.data(),
               message.c_str());
  std::fflush(stderr);
}

void jsinterop::detail::spawn_task(task_state_base &state) {
  if (state.done()) {
    if (state.failed())
      report_failed_task("a spawned task failed", state.failure());
    return;
  }
  ++pending_tasks;
  state.wait({{}, nullptr, &spawned_task_finished, 0});
}

extern "C" {

// A promise that a task awaits settled: `continuation` is the task's state (which holds a
// reference for the subscription), `value` a new handle of the value or the rejection reason.
__attribute__((export_name("jsinterop_settle"))) void
jsinterop_settle(jsinterop::abi::i32 continuation, jsinterop::abi::i32 rejected,
                 jsinterop::abi::i32 value) {
  auto *state = jsinterop::abi::from_address<jsinterop::detail::task_state_base>(continuation);
  state->settle(rejected != 0, value);
  state->release();
}

// Spawned tasks that have not finished; run() waits for tasks_idle() while there are any.
__attribute__((export_name("jsinterop_pending_tasks"))) int jsinterop_pending_tasks() {
  return pending_tasks;
}

// Failures reported on stderr (spawned tasks, tasks nothing awaited); run() ends with 1 if any.
__attribute__((export_name("jsinterop_failed_tasks"))) int jsinterop_failed_tasks() {
  return failed_tasks;
}

} // extern "C"
