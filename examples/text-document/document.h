// A plain-text document as a list of lines, the library's main class: JS creates, edits and
// queries it through the methods marked [[jsinterop::export]]; the rest stays C++'s.
#ifndef TEXT_DOCUMENT_H
#define TEXT_DOCUMENT_H

#include <jsinterop/jsinterop.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace text {

// A place in a document: a line and a column in it, both from 0, a column counting the bytes of
// the line's UTF-8 text. Crosses to JS as a plain object {line, column}.
struct [[jsinterop::value_object]] Position {
  int line;
  int column;
};

// What stats() counts. A value object too: JS gets {lines, words, characters}.
struct [[jsinterop::value_object]] Stats {
  int lines;
  int words;
  int characters;
};

class [[jsinterop::export]] Document {
public:
  // new text.Document("first line\nsecond line"): the text is split at each '\n'.
  [[jsinterop::export]] explicit Document(std::string_view text);
  // text.Document.fromLines(["first line", "second line"]): a named constructor, a static in JS.
  [[jsinterop::export("fromLines")]] explicit Document(std::vector<std::string> lines);

  // text.Document.join([a, b], "\n"): the documents' text one after the other, with the separator
  // between them (each document is copied into C++: the originals stay as they are).
  [[jsinterop::export]] static Document join(const std::vector<Document> &parts, std::string_view separator);

  // Read-only properties (a getter without a setter): doc.text, doc.lineCount, doc.modified.
  [[jsinterop::export("text"), jsinterop::getter]] std::string str() const;
  [[jsinterop::export("lineCount"), jsinterop::getter]] int line_count() const;
  [[jsinterop::export, jsinterop::getter]] bool modified() const { return modified_; }

  // A data member: a read-write property doc.title.
  [[jsinterop::export]] std::string title;

  // The text of one line; a line that is not there is an error, which JS gets as a thrown Error.
  [[jsinterop::export]] jsinterop::result<std::string> line(int index) const;
  // Inserts text (which may hold '\n') at a position; returns the position after it.
  [[jsinterop::export]] jsinterop::result<Position> insert(Position at, std::string_view text);
  // Removes the text between two positions and returns it.
  [[jsinterop::export]] jsinterop::result<std::string> erase(Position from, Position to);
  // The text between two positions, as a new document (a new JS instance, owned by JS).
  [[jsinterop::export]] jsinterop::result<Document> slice(Position from, Position to) const;
  // Appends another document's text, on a new line; JS passes an instance, which C++ borrows.
  [[jsinterop::export]] void append(const Document &other);
  // Where needle first occurs at or after a position: JS gets {line, column} or null.
  [[jsinterop::export]] std::optional<Position> find(std::string_view needle, Position from) const;
  [[jsinterop::export]] Stats stats() const;
  [[jsinterop::export("markSaved")]] void mark_saved() { modified_ = false; }

  // C++ only (not exported): what Cursor needs. line_length takes the index of a line of the document.
  bool contains(Position at) const;
  int line_length(int index) const;

private:
  jsinterop::result<void> check(Position at) const;

  std::vector<std::string> lines_;
  bool modified_ = false;
};

} // namespace text

#endif
