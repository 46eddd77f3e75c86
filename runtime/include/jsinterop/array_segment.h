// jsinterop::array_segment<E>: a view of C++ memory (no ownership) that JS sees as a MemoryView
// that lives until dispose().
#ifndef JSINTEROP_ARRAY_SEGMENT_H
#define JSINTEROP_ARRAY_SEGMENT_H

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace jsinterop {

template <class E>
concept memory_view_element =
    std::same_as<E, std::uint8_t> || std::same_as<E, std::int8_t> || std::same_as<E, std::uint16_t> ||
    std::same_as<E, std::int16_t> || std::same_as<E, std::int32_t> || std::same_as<E, std::uint32_t> ||
    std::same_as<E, float> || std::same_as<E, double> || std::same_as<E, std::int64_t> ||
    std::same_as<E, std::uint64_t>;

template <memory_view_element E> class array_segment {
public:
  array_segment() = default;
  array_segment(E *data, std::size_t size) : data_(data), size_(size) {}
  array_segment(std::vector<E> &elements) : array_segment(elements.data(), elements.size()) {}
  array_segment(std::span<E> elements) : array_segment(elements.data(), elements.size()) {}

  E *data() const { return data_; }
  std::size_t size() const { return size_; }
  E *begin() const { return data_; }
  E *end() const { return data_ + size_; }
  E &operator[](std::size_t index) const { return data_[index]; }

private:
  E *data_ = nullptr;
  std::size_t size_ = 0;
};

} // namespace jsinterop

#endif
