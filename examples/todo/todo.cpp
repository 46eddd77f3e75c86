// A to-do list page (index.html) written against the generated Web API (<jsinterop/web/dom.h>,
// docs/web.md): it creates the list's elements, handles clicks and the Enter key, keeps the list in
// localStorage, fetches the first list from todos.json, and fades each new item in and moves the
// progress bar with requestAnimationFrame. test/browser/todo.test.js clicks and types through it.
#include <jsinterop/web/dom.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace jsinterop::web;

namespace {

struct Todo {
  int id;
  std::string text;
  bool done;
};

std::vector<Todo> todos;
int next_id = 0;
int fading_id = -1; // the item added last, which fades in
double progress_shown = 0; // the bar's width in %, moving toward the share of items done
bool progress_moving = false;

constexpr std::string_view storage_key = "jsinterop-todo";

template <class T> T element(std::string_view id) {
  return jsinterop::cast<T>(*document().get_element_by_id(id)).value();
}

// One line per item: "x " (done) or "- ", then its text.
void save() {
  std::string lines;
  for (const Todo &todo : todos) lines += (todo.done ? "x " : "- ") + todo.text + "\n";
  window().local_storage().set_item(storage_key, lines);
}

void load(std::string_view lines) {
  while (!lines.empty()) {
    std::size_t end = std::min(lines.find('\n'), lines.size());
    std::string_view line = lines.substr(0, end);
    if (line.size() > 2) todos.push_back({next_id++, std::string(line.substr(2)), line[0] == 'x'});
    lines.remove_prefix(std::min(end + 1, lines.size()));
  }
}

// Each frame moves the bar a quarter of the way to its target, until it is there.
void move_progress(double) {
  std::size_t done = std::count_if(todos.begin(), todos.end(), [](const Todo &t) { return t.done; });
  double target = todos.empty() ? 0 : 100.0 * static_cast<double>(done) / static_cast<double>(todos.size());
  progress_shown += (target - progress_shown) / 4;
  if (std::abs(target - progress_shown) < 0.5) progress_shown = target;
  HTMLElement bar = element<HTMLElement>("progress");
  bar.style().set_property("width", std::to_string(progress_shown) + "%");
  progress_moving = progress_shown != target;
  bar.set_attribute("data-moving", progress_moving ? "yes" : "no");
  if (progress_moving) window().request_animation_frame(move_progress);
}

// Opacity from 0 to 1 over 300 ms of frames; data-faded says it has ended.
void fade_in(HTMLElement item, double start, double now) {
  double opacity = std::min(1.0, (now - start) / 300);
  item.style().set_property("opacity", std::to_string(opacity));
  if (opacity < 1)
    window().request_animation_frame([item, start](double t) { fade_in(item, start, t); });
  else
    item.set_attribute("data-faded", "yes");
}

void render();

void changed() {
  save();
  render();
  if (!progress_moving) window().request_animation_frame(move_progress);
}

void render() {
  Document doc = document();
  HTMLUListElement list = element<HTMLUListElement>("list");
  list.replace_children();
  for (const Todo &todo : todos) {
    int id = todo.id;
    HTMLLIElement item = *jsinterop::cast<HTMLLIElement>(doc.create_element("li"));
    if (todo.done) item.class_list().add("done");
    Element text = doc.create_element("span");
    text.set_text_content(todo.text);
    Element remove = doc.create_element("button");
    remove.set_text_content("remove");
    remove.set_attribute("class", "remove");
    item.append_child(text);
    item.append_child(remove);
    item.add_event_listener("click", [id](Event) {
      for (Todo &t : todos)
        if (t.id == id) t.done = !t.done;
      changed();
    });
    remove.add_event_listener("click", [id](Event event) {
      event.stop_propagation(); // not a click on the item too
      std::erase_if(todos, [id](const Todo &t) { return t.id == id; });
      changed();
    });
    list.append_child(item);
    if (id == fading_id) {
      item.style().set_property("opacity", "0");
      window().request_animation_frame([item](double start) { fade_in(item, start, start); });
      fading_id = -1;
    }
  }
  std::size_t left = std::count_if(todos.begin(), todos.end(), [](const Todo &t) { return !t.done; });
  element<HTMLElement>("count").set_text_content(std::to_string(left) + (left == 1 ? " item left" : " items left"));
}

void add_from_input() {
  HTMLInputElement input = element<HTMLInputElement>("new-todo");
  std::string text = input.value();
  if (text.empty()) return;
  fading_id = next_id;
  todos.push_back({next_id++, text, false});
  input.set_value("");
  input.focus();
  changed();
}

jsinterop::task<void> start() {
  if (std::optional<std::string> saved = window().local_storage().get_item(storage_key)) {
    load(*saved);
  } else {
    Response response = co_await window().fetch("todos.json");
    jsinterop::any first = co_await response.json();
    for (const std::string &text : first.as<std::vector<std::string>>()) todos.push_back({next_id++, text, false});
  }
  element<HTMLButtonElement>("add").add_event_listener("click", [](Event) { add_from_input(); });
  element<HTMLInputElement>("new-todo").add_event_listener("keydown", [](Event event) {
    if (jsinterop::cast<KeyboardEvent>(event)->key() == "Enter") add_from_input();
  });
  changed();
  document().body()->set_attribute("data-ready", "yes");
}

} // namespace

int main() {
  jsinterop::spawn(start());
  return 0;
}
