// A cursor: a position that moves over a document and types into it. It does not hold the
// document (which JS may dispose of at any time): each method that needs one takes it.
#ifndef TEXT_CURSOR_H
#define TEXT_CURSOR_H

#include "document.h"

#include <jsinterop/jsinterop.h>

#include <string_view>

namespace text {

class [[jsinterop::export]] Cursor {
public:
  // new text.Cursor(): at the start of a document.
  [[jsinterop::export]] Cursor() = default;
  // text.Cursor.at({line, column}).
  [[jsinterop::export("at")]] explicit Cursor(Position position);

  // A property with a getter and a setter: cursor.position = {line: 1, column: 0}. Negative
  // coordinates are taken as 0.
  [[jsinterop::export("position"), jsinterop::getter]] Position position() const { return position_; }
  [[jsinterop::export("position"), jsinterop::setter]] void set_position(Position position);

  // Moves by a number of bytes, over line ends, staying inside the document.
  [[jsinterop::export]] void move(const Document &document, int by);
  // To the end of the cursor's line.
  [[jsinterop::export("lineEnd")]] void line_end(const Document &document);
  // Inserts text at the cursor and moves after it: the document is changed in place (JS passes
  // the instance; C++ gets a reference to its object).
  [[jsinterop::export]] jsinterop::result<void> type(Document &document, std::string_view text);

private:
  Position position_{0, 0};
};

} // namespace text

#endif
