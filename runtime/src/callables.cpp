// The runtime library's callable table (docs/design.md, "Callbacks"): C++ callables that JS holds
// as functions, by id; and the JS built-ins that marshalling needs (TypeError, Array.isArray).
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jsinterop/wire.h"

namespace {

using jsinterop::abi::i32;
using jsinterop::detail::handle;
namespace intrinsics = jsinterop::detail::intrinsics;

// Entry id - 1; a released entry is empty and its id goes on the free list.
std::vector<std::shared_ptr<jsinterop::detail::callable>> callables;
std::vector<i32> free_ids;

handle property(i32 h, std::string_view name) {
  return handle::adopt(intrinsics::object_get(h, jsinterop::abi::address_of(name.data()),
                                              static_cast<i32>(name.size())));
}

// function(...arguments); the handle of its result, or 0 (and the thrown value released) if it threw.
handle call(i32 function, std::initializer_list<i32> arguments) {
  auto array = handle::adopt(intrinsics::array_new());
  for (i32 argument : arguments)
    intrinsics::array_push(array.get(), argument);
  i32 error = 0;
  auto result = handle::adopt(
      intrinsics::function_call(function, array.get(), jsinterop::abi::address_of(&error)));
  if (error) {
    intrinsics::release(error);
    return handle();
  }
  return result;
}

} // namespace

i32 jsinterop::detail::register_callable(std::shared_ptr<callable> entry) {
  if (free_ids.empty()) {
    callables.push_back(std::move(entry));
    return static_cast<i32>(callables.size());
  }
  i32 id = free_ids.back();
  free_ids.pop_back();
  callables[static_cast<std::size_t>(id - 1)] = std::move(entry);
  return id;
}

handle jsinterop::detail::type_error(std::string_view message) {
  auto make_error = [&] {
    return handle::adopt(intrinsics::error_new(abi::address_of(message.data()), static_cast<i32>(message.size())));
  };
  // A class is spelled by its key (instance<@5242880>): error_new's message names it by its path.
  std::string named;
  if (message.find("<@") != std::string_view::npos)
    message = named = read_string<intrinsics::error_message>(make_error().get());
  auto global = handle::adopt(intrinsics::global_this());
  auto constructor = property(global.get(), "TypeError");
  auto text = handle::adopt(
      intrinsics::box_string(abi::address_of(message.data()), static_cast<i32>(message.size())));
  if (handle error = call(constructor.get(), {text.get()})) // TypeError(message) constructs one
    return error;
  return make_error();
}

bool jsinterop::detail::is_array(i32 h) {
  static const i32 is_array_function = [] {
    auto global = handle::adopt(intrinsics::global_this());
    return std::move(property(property(global.get(), "Array").get(), "isArray")).give_up();
  }();
  handle result = call(is_array_function, {h});
  return result && intrinsics::unbox_bool(result.get()) != 0;
}

extern "C" {

// JS calls the function of callable `id` with its arguments in an array (a handle this releases);
// returns a handle of the result for JS to release. A wrong argument or a result<R> error is
// handed over through jsinterop_take_export_error, which JS calls afterwards.
__attribute__((export_name("jsinterop_invoke_callable"))) i32
jsinterop_invoke_callable(i32 id, i32 arguments) {
  auto index = static_cast<std::size_t>(id - 1);
  if (id <= 0 || index >= callables.size() || !callables[index]) // the JS runtime throws before
    jsinterop::detail::fatal("jsinterop: jsinterop_invoke_callable: no C++ callable has id " + std::to_string(id));
  std::shared_ptr<jsinterop::detail::callable> entry = callables[index]; // it may release itself
  return entry->invoke(arguments);
}

// JS no longer holds the function of callable `id` (dispose(), or its FinalizationRegistry).
__attribute__((export_name("jsinterop_release_callable"))) void jsinterop_release_callable(i32 id) {
  auto index = static_cast<std::size_t>(id - 1);
  if (id <= 0 || index >= callables.size() || !callables[index])
    return;
  auto entry = std::move(callables[index]); // destroyed after the table is consistent
  free_ids.push_back(id);
}

} // extern "C"
