// "JS object references": JSObjectInterop.cs and JSObjectUsage.
#include "Sample.h"

#include "JSObjectInterop.h"

namespace jsobject_interop {
[[jsinterop::import("globalThis.console.log")]]
void console_log(jsinterop::any value);
} // namespace jsobject_interop

namespace sample {

jsinterop::task<void> jsobject_usage() {
  using namespace jsobject_interop;
  if (!co_await import_shim("JSObjectShim", "./JSObjectShim.js")) co_return;

  jsinterop::object js_object = create_object();
  console_log(js_object);
  increment_answer(js_object);
  // No updated object is fetched: the change is in the JS object the reference points to.
  console_log(js_object);

  // jsinterop::object reads and writes properties.
  js_object.set("question", std::string("What is the answer?"));
  console_log(js_object);

  // An instance method is reached through a shim function that takes the object.
  std::string summary = summarize(js_object);
  std::printf("Summary: %s\n", summary.c_str());
}

} // namespace sample
