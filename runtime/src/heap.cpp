// Bytes in use on the heap, for leak tests (jsinterop_heap_in_use). wasi-libc's dlmalloc has no
// mallinfo(), so the runtime library counts what goes through it: the replaceable global operator
// new and delete (every C++ allocation: containers, strings, std::function, coroutine frames, task
// states, ...) and jsinterop_alloc/jsinterop_free (values JS writes), by malloc_usable_size. Direct
// calls of malloc/free by user code, and the aligned forms of operator new, are not counted.
//
// Built with JSINTEROP_GUARDED_HEAP (libjsinterop-runtime-guarded.a, docs/design.md "Guarded
// heap"), every such block is guarded: a header (a link in the list of live blocks, the size, where
// it was allocated, a canary) before it and a canary after it. Freeing a block checks both, and
// jsinterop_heap_check() checks every live block; a broken canary ends the program with a message.
#include <cstddef>
#include <cstdlib>
#include <malloc.h>
#include <new>

#include "jsinterop/wire.h"

#ifdef JSINTEROP_GUARDED_HEAP
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "jsinterop/detail/handle.h"
#endif

namespace {
std::size_t heap_in_use = 0;

#ifdef JSINTEROP_GUARDED_HEAP
constexpr std::uint64_t live_canary = 0x6a73696e74657270; // "jsinterp"
constexpr unsigned char freed_fill = 0xdd; // freed bytes, so that a use after free reads garbage

// Before each block, whose first byte its canary touches (static_assert); its size keeps the block
// at malloc's alignment.
struct alignas(alignof(std::max_align_t)) header {
  header *previous;
  header *next;
  std::size_t size;
  const char *origin; // "operator new", "jsinterop_alloc"
  std::uint64_t canary[2];
};
static_assert(offsetof(header, canary) + sizeof(header::canary) == sizeof(header));

header live_blocks = {&live_blocks, &live_blocks, 0, nullptr, {live_canary, live_canary}}; // the sentinel

header *header_of(void *block) { return static_cast<header *>(block) - 1; }
unsigned char *bytes_of(header *h) { return reinterpret_cast<unsigned char *>(h + 1); }

std::uint64_t trailing_canary(header *h) {
  std::uint64_t canary;
  std::memcpy(&canary, bytes_of(h) + h->size, sizeof canary);
  return canary;
}

// Formats without allocating: the heap is what went wrong.
[[noreturn]] void corrupted(const char *what, const void *block, const header *h, const char *found) {
  static char message[256];
  int length;
  if (h)
    length = std::snprintf(message, sizeof message,
                           "jsinterop: heap corruption: %s a block of %zu bytes allocated by %s (at %p), "
                           "found %s",
                           what, h->size, h->origin, block, found);
  else
    length = std::snprintf(message, sizeof message, "jsinterop: heap corruption: %s (at %p), found %s", what,
                           block, found);
  jsinterop::detail::fatal(std::string_view(message, static_cast<std::size_t>(length)));
}

void check(header *h, const char *found) {
  if (h->canary[0] != live_canary || h->canary[1] != live_canary)
    corrupted("an address that is not a live block (freed already, never allocated, or a write before its "
              "start)",
              bytes_of(h), nullptr, found);
  if (trailing_canary(h) != live_canary)
    corrupted("a write past the end of", bytes_of(h), h, found);
}

void *allocate_block(std::size_t size, const char *origin) {
  if (size > SIZE_MAX - sizeof(header) - sizeof live_canary)
    return nullptr; // the guarded size would wrap around
  auto *h = static_cast<header *>(std::malloc(sizeof(header) + size + sizeof live_canary));
  if (!h)
    return nullptr;
  *h = {&live_blocks, live_blocks.next, size, origin, {live_canary, live_canary}};
  live_blocks.next->previous = h;
  live_blocks.next = h;
  std::memcpy(bytes_of(h) + size, &live_canary, sizeof live_canary);
  heap_in_use += size;
  return bytes_of(h);
}

void free_block(void *block) {
  header *h = header_of(block);
  check(h, "when it was freed");
  h->previous->next = h->next;
  h->next->previous = h->previous;
  heap_in_use -= h->size;
  std::memset(bytes_of(h), freed_fill, h->size);
  h->canary[1] = 0; // a second free of it fails the check
  std::free(h);
}
#else
void *allocate_block(std::size_t size, const char *) {
  void *pointer = std::malloc(size);
  if (pointer)
    heap_in_use += malloc_usable_size(pointer);
  return pointer;
}

void free_block(void *pointer) {
  heap_in_use -= malloc_usable_size(pointer);
  std::free(pointer);
}
#endif

void *allocate(std::size_t size) {
  void *pointer = allocate_block(size == 0 ? 1 : size, "operator new");
  if (!pointer)
    jsinterop::detail::out_of_memory(size); // no exceptions: the program ends with a message
  return pointer;
}
} // namespace

void *jsinterop::detail::counted_malloc(std::size_t size) { return allocate_block(size, "jsinterop_alloc"); }

void jsinterop::detail::counted_free(void *pointer) {
  if (pointer)
    free_block(pointer);
}

void *operator new(std::size_t size) { return allocate(size); }
void *operator new[](std::size_t size) { return allocate(size); }
void *operator new(std::size_t size, const std::nothrow_t &) noexcept {
  return allocate_block(size == 0 ? 1 : size, "operator new");
}
void *operator new[](std::size_t size, const std::nothrow_t &) noexcept {
  return allocate_block(size == 0 ? 1 : size, "operator new");
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

#ifdef JSINTEROP_GUARDED_HEAP
// Checks every live block (for a test harness, after each call); returns how many there are.
extern "C" __attribute__((export_name("jsinterop_heap_check"))) int jsinterop_heap_check() {
  int count = 0;
  for (header *h = live_blocks.next; h != &live_blocks; h = h->next, ++count)
    check(h, "by jsinterop_heap_check()");
  return count;
}
#endif
