// Bytes in use on the heap, for leak tests (jsinterop_heap_in_use). wasi-libc's dlmalloc has no
// mallinfo(), so the runtime library counts what goes through it: the replaceable global operator
// new and delete (every C++ allocation: containers, strings, std::function, coroutine frames, task
// states, ...) and jsinterop_alloc/jsinterop_free (values JS writes), by malloc_usable_size. Direct
// calls of malloc/free by user code, and the aligned forms of operator new, are not counted.
#include <cstddef>
#include <cstdlib>
#include <malloc.h>
#include <new>

#include "jsinterop/wire.h"

namespace {
std::size_t heap_in_use = 0;

void *allocate(std::size_t size) {
  void *pointer = jsinterop::detail::counted_malloc(size == 0 ? 1 : size);
  if (!pointer)
    std::abort(); // out of memory (no exceptions)
  return pointer;
}
} // namespace

void *jsinterop::detail::counted_malloc(std::size_t size) {
  void *pointer = std::malloc(size);
  if (pointer)
    heap_in_use += malloc_usable_size(pointer);
  return pointer;
}

void jsinterop::detail::counted_free(void *pointer) {
  if (!pointer)
    return;
  heap_in_use -= malloc_usable_size(pointer);
  std::free(pointer);
}

void *operator new(std::size_t size) { return allocate(size); }
void *operator new[](std::size_t size) { return allocate(size); }
void *operator new(std::size_t size, const std::nothrow_t &) noexcept {
  return jsinterop::detail::counted_malloc(size == 0 ? 1 : size);
}
void *operator new[](std::size_t size, const std::nothrow_t &) noexcept {
  return jsinterop::detail::counted_malloc(size == 0 ? 1 : size);
}
void operator delete(void *pointer) noexcept { jsinterop::detail::counted_free(pointer); }
void operator delete[](void *pointer) noexcept { jsinterop::detail::counted_free(pointer); }
void operator delete(void *pointer, std::size_t) noexcept { jsinterop::detail::counted_free(pointer); }
void operator delete[](void *pointer, std::size_t) noexcept { jsinterop::detail::counted_free(pointer); }
void operator delete(void *pointer, const std::nothrow_t &) noexcept {
  jsinterop::detail::counted_free(pointer);
}
void operator delete[](void *pointer, const std::nothrow_t &) noexcept {
  jsinterop::detail::counted_free(pointer);
}

extern "C" __attribute__((export_name("jsinterop_heap_in_use"))) int jsinterop_heap_in_use() {
  return static_cast<int>(heap_in_use);
}
