// jsinterop::task<T>: a C++20 coroutine that JS sees as a Promise (docs/design.md, "Promises and
// tasks"; docs/lifetimes.md).
//
//   - A task starts when it is called (as a JS async function does) and runs until its first
//     suspension. Its coroutine frame lives until the body finishes, whether or not a task object
//     still refers to it; the task objects share the task's state (its value or failure), which
//     lives as long as the last of them (and the frame).
//   - `co_await` a task inside a task: the awaiting coroutine resumes when it finishes (at once if it
//     has finished already) with its value. A task may be awaited any number of times.
//   - There are no exceptions: a task<T> (T not result<U>) whose awaited JS promise rejected, or
//     resolved to a value that does not fit T, *fails*. Awaiting a failed task fails the awaiting
//     task too (its frame is destroyed, running the destructors of its locals), up to where the
//     failure is an error value (a task<result<U>> returns it as error()), a JS promise (an
//     exported task rejects), or a report on stderr (a spawned task, or a failed task nothing
//     awaited; both count in jsinterop_failed_tasks()).
#ifndef JSINTEROP_TASK_H
#define JSINTEROP_TASK_H

#include <coroutine>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "jsinterop/error.h"
#include "jsinterop/result.h"

namespace jsinterop {

template <class T = void> class task;

namespace detail {

template <class T> struct is_result : std::false_type {};
template <class T> struct is_result<result<T>> : std::true_type {};
template <class T> constexpr bool is_result_v = is_result<std::remove_cvref_t<T>>::value;

class task_state_base;

// Reports a failure nothing handled on stderr and counts it for jsinterop_failed_tasks().
void report_failed_task(std::string_view what, const js_error &error);
// spawn(): counts the task as pending until it finishes (then calls tasks_idle() at zero).
void spawn_task(task_state_base &state);

// A task's promise, as the task that awaits another one sees it: a failure of what it awaits fails it.
class task_promise_base {
public:
  virtual void fail(js_error error) = 0;

protected:
  ~task_promise_base() = default;
};

// What waits for a task: a suspended coroutine (with its promise when it is a task, which a failure
// fails in turn), or a callback with one i32 of data (spawn, a deferred JS promise).
struct task_waiter {
  std::coroutine_handle<> coroutine;
  task_promise_base *promise = nullptr;
  void (*callback)(task_state_base &state, abi::i32 data) = nullptr;
  abi::i32 data = 0;
};

// A counted reference to a task's state.
template <class S> class state_ref {
public:
  state_ref() = default;
  explicit state_ref(S *adopted) : state_(adopted) {} // takes over a reference already counted
  state_ref(const state_ref &other) : state_(other.state_) {
    if (state_)
      state_->add_ref();
  }
  state_ref(state_ref &&other) noexcept : state_(std::exchange(other.state_, nullptr)) {}
  state_ref &operator=(state_ref other) noexcept {
    std::swap(state_, other.state_);
    return *this;
  }
  ~state_ref() {
    if (state_)
      state_->release();
  }
  S *get() const { return state_; }
  S *operator->() const { return state_; }
  S &operator*() const { return *state_; }
  explicit operator bool() const { return state_ != nullptr; }

private:
  S *state_ = nullptr;
};

// What every task has: its references, whether it finished (and failed), and what waits for it.
class task_state_base {
public:
  task_state_base() = default;
  task_state_base(const task_state_base &) = delete;
  task_state_base &operator=(const task_state_base &) = delete;
  virtual ~task_state_base() {
    if (failure_ && !observed_)
      report_failed_task("a task that nothing awaited failed", *failure_);
  }

  void add_ref() { ++refs_; }
  void release() {
    if (--refs_ == 0)
      delete this;
  }
  bool unique() const { return refs_ == 1; }

  bool done() const { return done_; }
  bool failed() const { return failure_.has_value(); }
  const js_error &failure() {
    observed_ = true;
    return *failure_;
  }
  void set_failure(js_error error) { failure_.emplace(std::move(error)); }

  // Waits for a task that has not finished (a JS promise's task subscribes now).
  void wait(task_waiter waiter) {
    observed_ = true;
    waiters_.push_back(waiter);
    subscribe();
  }

  // Marks the task finished and wakes what waits for it, in order: callbacks run, awaiting tasks
  // fail with a failure, coroutines resume. Returns the last coroutine to resume, for symmetric
  // transfer (or a no-op coroutine). The caller holds a reference.
  std::coroutine_handle<> complete() {
    done_ = true;
    std::vector<task_waiter> waiters = std::move(waiters_);
    std::coroutine_handle<> next;
    for (task_waiter &waiter : waiters) {
      if (waiter.callback) {
        waiter.callback(*this, waiter.data);
      } else if (failure_ && waiter.promise) {
        waiter.promise->fail(*failure_);
      } else {
        if (next)
          next.resume();
        next = waiter.coroutine;
      }
    }
    return next ? next : std::noop_coroutine();
  }

  // A task made from a JS promise: its handle, and jsinterop_settle when it settles.
  virtual abi::i32 js_promise() const { return 0; }
  virtual void settle(bool /*rejected*/, abi::i32 /*value*/) {
    fatal("jsinterop: jsinterop_settle called for a task that does not await a JS promise");
  }

protected:
  virtual void subscribe() {}

private:
  int refs_ = 1;
  bool done_ = false;
  bool observed_ = false; // something awaited the task, or read its failure
  std::optional<js_error> failure_;
  std::vector<task_waiter> waiters_;
};

struct no_value {};

template <class T> class task_state : public task_state_base {
public:
  using stored = std::conditional_t<std::is_void_v<T>, no_value, T>;
  std::optional<stored> value;

  // A failure: an error value for a task<result<U>>, else the task fails.
  void finish_with_error(js_error error) {
    if constexpr (is_result_v<T>)
      value.emplace(unexpected(std::move(error)));
    else
      set_failure(std::move(error));
  }
};

template <class T> class task_promise_value {
public:
  void return_value(T value) { state_->value.emplace(std::move(value)); }

protected:
  state_ref<task_state<T>> state_{new task_state<T>};
};
template <> class task_promise_value<void> {
public:
  void return_void() { state_->value.emplace(); }

protected:
  state_ref<task_state<void>> state_{new task_state<void>};
};

// At the end of the body: destroy the frame, then finish the task (resuming what awaits it).
struct task_final_awaiter {
  bool await_ready() const noexcept { return false; }
  template <class P> std::coroutine_handle<> await_suspend(std::coroutine_handle<P> coroutine) noexcept {
    auto state = coroutine.promise().take_state();
    coroutine.destroy();
    return state->complete();
  }
  void await_resume() const noexcept {}
};

template <class T> class task_promise final : public task_promise_base, public task_promise_value<T> {
public:
  task<T> get_return_object();
  std::suspend_never initial_suspend() const noexcept { return {}; }
  task_final_awaiter final_suspend() const noexcept { return {}; }
  void unhandled_exception() const noexcept { __builtin_trap(); } // built with -fno-exceptions

  state_ref<task_state<T>> take_state() { return std::move(this->state_); }

  // What this task awaited failed: destroy the frame, finish the task with the error.
  void fail(js_error error) override {
    auto state = take_state();
    state->finish_with_error(std::move(error));
    std::coroutine_handle<task_promise>::from_promise(*this).destroy();
    state->complete().resume();
  }
};

// co_await on a task.
template <class T> class task_awaiter {
public:
  explicit task_awaiter(state_ref<task_state<T>> state) : state_(std::move(state)) {
    if (!state_)
      fatal("jsinterop: co_await on an empty jsinterop::task (moved from, or default-constructed)");
  }
  bool await_ready() const { return state_->done() && !state_->failed(); }
  template <class P> std::coroutine_handle<> await_suspend(std::coroutine_handle<P> awaiting) {
    task_promise_base *promise = nullptr;
    if constexpr (std::is_base_of_v<task_promise_base, P>)
      promise = &awaiting.promise();
    if (state_->done()) { // failed
      if (!promise)
        return awaiting; // another kind of coroutine: await_resume ends the program
      js_error failure = state_->failure();
      promise->fail(std::move(failure)); // destroys this awaiter with the frame
      return std::noop_coroutine();
    }
    state_->wait({awaiting, promise});
    return std::noop_coroutine();
  }
  T await_resume() {
    if (state_->failed())
      fatal("jsinterop: a coroutine that is not a jsinterop::task awaited a task that failed: " +
            state_->failure().message());
    if constexpr (!std::is_void_v<T>) {
      if (state_->unique()) // nothing else can read the value again
        return std::move(*state_->value);
      return *state_->value;
    }
  }

private:
  state_ref<task_state<T>> state_;
};

} // namespace detail

// A coroutine that JS sees as a Promise of T (void, a type of the type table, or result<U>).
// Copies refer to the same task. An empty task (default-constructed or moved from) cannot be awaited.
template <class T> class task {
public:
  using promise_type = detail::task_promise<T>;
  using value_type = T;

  task() = default;
  explicit task(detail::state_ref<detail::task_state<T>> state) : state_(std::move(state)) {}

  // Whether the task has finished (with a value, an error value, or a failure).
  bool done() const { return state_ && state_->done(); }
  // Whether it finished with a failure (only a task<T> whose T is not result<U> can fail).
  bool failed() const { return state_ && state_->done() && state_->failed(); }
  // Whether it refers to a task.
  bool valid() const { return static_cast<bool>(state_); }

  detail::task_awaiter<T> operator co_await() const & { return detail::task_awaiter<T>(state_); }
  detail::task_awaiter<T> operator co_await() && { return detail::task_awaiter<T>(std::move(state_)); }

  // The task's state (the runtime's marshalling); fatal for an empty task.
  detail::task_state<T> &state() const {
    if (!state_)
      detail::fatal("jsinterop: an empty jsinterop::task was used (moved from, or default-constructed)");
    return *state_;
  }

private:
  detail::state_ref<detail::task_state<T>> state_;
};

template <class T> task<T> detail::task_promise<T>::get_return_object() {
  return task<T>(this->state_);
}

// Starts a task from synchronous code (main, an export): the program's run() waits until it and
// every other spawned task have finished. A failure is reported on stderr and makes run() end with
// exit code 1.
template <class T> void spawn(task<T> work) { detail::spawn_task(work.state()); }

} // namespace jsinterop

#endif
