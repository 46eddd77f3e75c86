#include "document.h"

#include <cctype>
#include <iterator>
#include <string>
#include <utility>

namespace text {
namespace {

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  for (std::size_t start = 0;;) {
    std::size_t end = text.find('\n', start);
    lines.emplace_back(text.substr(start, end - start));
    if (end == std::string_view::npos) return lines;
    start = end + 1;
  }
}

// An error for a result<T>: JS gets it as a thrown Error with this message.
auto fail(const std::string &message) { return jsinterop::unexpected(jsinterop::js_error(message)); }

std::string describe(Position at) {
  return "line " + std::to_string(at.line) + ", column " + std::to_string(at.column);
}

bool before(Position a, Position b) { return a.line < b.line || (a.line == b.line && a.column < b.column); }

} // namespace

// A document always has a line, if an empty one.
Document::Document(std::string_view text) : lines_(split_lines(text)) {}

Document::Document(std::vector<std::string> lines) : lines_(std::move(lines)) {
  if (lines_.empty()) lines_.emplace_back();
}

Document Document::join(const std::vector<Document> &parts, std::string_view separator) {
  std::string joined;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) joined += separator;
    joined += parts[i].str();
  }
  return Document(joined);
}

std::string Document::str() const {
  std::string text;
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    if (i > 0) text += '\n';
    text += lines_[i];
  }
  return text;
}

int Document::line_count() const { return static_cast<int>(lines_.size()); }

bool Document::contains(Position at) const {
  return at.line >= 0 && at.line < line_count() && at.column >= 0 && at.column <= line_length(at.line);
}

int Document::line_length(int index) const { return static_cast<int>(lines_[static_cast<std::size_t>(index)].size()); }

jsinterop::result<void> Document::check(Position at) const {
  if (contains(at)) return {};
  return fail(describe(at) + " is outside the document (" + std::to_string(line_count()) + " lines)");
}

jsinterop::result<std::string> Document::line(int index) const {
  if (index < 0 || index >= line_count()) {
    return fail("no line " + std::to_string(index) + ": the document has " + std::to_string(line_count()) + " lines");
  }
  return lines_[static_cast<std::size_t>(index)];
}

jsinterop::result<Position> Document::insert(Position at, std::string_view text) {
  if (auto checked = check(at); !checked) return jsinterop::unexpected(std::move(checked.error()));
  std::vector<std::string> inserted = split_lines(text);
  std::string &line = lines_[static_cast<std::size_t>(at.line)];
  std::string rest = line.substr(static_cast<std::size_t>(at.column));
  line.erase(static_cast<std::size_t>(at.column));
  line += inserted.front();
  lines_.insert(lines_.begin() + at.line + 1, inserted.begin() + 1, inserted.end());
  Position after{at.line + static_cast<int>(inserted.size()) - 1, 0};
  std::string &last = lines_[static_cast<std::size_t>(after.line)];
  after.column = static_cast<int>(last.size());
  last += rest;
  modified_ = true;
  return after;
}

jsinterop::result<std::string> Document::erase(Position from, Position to) {
  auto removed = slice(from, to);
  if (!removed) return jsinterop::unexpected(std::move(removed.error()));
  std::string &first = lines_[static_cast<std::size_t>(from.line)];
  first = first.substr(0, static_cast<std::size_t>(from.column)) +
          lines_[static_cast<std::size_t>(to.line)].substr(static_cast<std::size_t>(to.column));
  lines_.erase(lines_.begin() + from.line + 1, lines_.begin() + to.line + 1);
  modified_ = true;
  return removed->str();
}

jsinterop::result<Document> Document::slice(Position from, Position to) const {
  if (auto checked = check(from); !checked) return jsinterop::unexpected(std::move(checked.error()));
  if (auto checked = check(to); !checked) return jsinterop::unexpected(std::move(checked.error()));
  if (before(to, from)) return fail(describe(to) + " is before " + describe(from));
  std::vector<std::string> lines(lines_.begin() + from.line, lines_.begin() + to.line + 1);
  lines.back().erase(static_cast<std::size_t>(to.column));
  lines.front().erase(0, static_cast<std::size_t>(from.column));
  return Document(std::move(lines));
}

void Document::append(const Document &other) {
  std::vector<std::string> added = other.lines_; // a copy first: other may be this document
  lines_.insert(lines_.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
  modified_ = true;
}

std::optional<Position> Document::find(std::string_view needle, Position from) const {
  if (!contains(from)) return std::nullopt;
  for (int index = from.line; index < line_count(); ++index) {
    std::size_t start = index == from.line ? static_cast<std::size_t>(from.column) : 0;
    std::size_t found = lines_[static_cast<std::size_t>(index)].find(needle, start);
    if (found != std::string::npos) return Position{index, static_cast<int>(found)};
  }
  return std::nullopt;
}

Stats Document::stats() const {
  Stats stats{line_count(), 0, 0};
  for (const std::string &line : lines_) {
    stats.characters += static_cast<int>(line.size());
    bool in_word = false;
    for (unsigned char c : line) {
      bool letter = !std::isspace(c);
      if (letter && !in_word) ++stats.words;
      in_word = letter;
    }
  }
  return stats;
}

} // namespace text
