#include "cursor.h"

#include <algorithm>

namespace text {

Cursor::Cursor(Position position) { set_position(position); }

void Cursor::set_position(Position position) { position_ = {std::max(position.line, 0), std::max(position.column, 0)}; }

void Cursor::move(const Document &document, int by) {
  Position at{std::min(position_.line, document.line_count() - 1), 0};
  at.column = std::min(position_.column, document.line_length(at.line));
  for (; by > 0; --by) {
    if (at.column < document.line_length(at.line)) ++at.column;
    else if (at.line + 1 < document.line_count()) at = {at.line + 1, 0};
  }
  for (; by < 0; ++by) {
    if (at.column > 0) --at.column;
    else if (at.line > 0) at = {at.line - 1, document.line_length(at.line - 1)};
  }
  position_ = at;
}

void Cursor::line_end(const Document &document) {
  position_.line = std::min(position_.line, document.line_count() - 1);
  position_.column = document.line_length(position_.line);
}

jsinterop::result<void> Cursor::type(Document &document, std::string_view text) {
  auto after = document.insert(position_, text);
  if (!after) return jsinterop::unexpected(std::move(after.error()));
  position_ = *after;
  return {};
}

} // namespace text
