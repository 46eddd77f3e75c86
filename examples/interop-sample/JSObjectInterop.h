// The JSObjectShim imports, shared by JSObjectUsage and JSObjectBenchmark.
#ifndef INTEROP_SAMPLE_JSOBJECT_INTEROP_H
#define INTEROP_SAMPLE_JSOBJECT_INTEROP_H

#include <jsinterop/jsinterop.h>

#include <string>

namespace jsobject_interop {

[[jsinterop::import("createObject", "JSObjectShim")]]
jsinterop::object create_object();

[[jsinterop::import("incrementAnswer", "JSObjectShim")]]
void increment_answer(const jsinterop::object &js_object);

[[jsinterop::import("summarize", "JSObjectShim")]]
std::string summarize(const jsinterop::object &js_object);

} // namespace jsobject_interop

#endif
