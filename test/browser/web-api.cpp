// test/browser/web-api.test.js's program: Canvas 2D, mouse and keyboard events made with their
// dictionaries, an enum read from the page, sessionStorage and a down-cast, through <jsinterop/web/dom.h>.
#include <jsinterop/web/dom.h>

#include <string>

using namespace jsinterop::web;

namespace web {
// Fills the left half of the canvas red, and reads back one pixel of each half and a text's width.
[[jsinterop::export]] std::string canvas() {
  auto canvas = jsinterop::cast<HTMLCanvasElement>(*document().get_element_by_id("canvas")).value();
  auto context = jsinterop::cast<CanvasRenderingContext2D>(canvas.get_context("2d").as<jsinterop::object>()).value();
  context.set_fill_style("#ff0000");
  context.fill_rect(0, 0, 10, 10);
  jsinterop::object pixels = context.get_image_data(0, 0, 20, 10).data().as<jsinterop::object>();
  auto pixel = [&](int x) { return std::to_string(pixels.get<int>(std::to_string(4 * x))) + "," +
                                   std::to_string(pixels.get<int>(std::to_string(4 * x + 3))); };
  bool measured = context.measure_text("wide text").width() > context.measure_text("i").width();
  return std::to_string(canvas.width()) + "x" + std::to_string(canvas.height()) + " left " + pixel(2) +
         " right " + pixel(15) + (measured ? " measured" : " not measured");
}

// A click and a key press made in C++, dispatched to a button whose listeners read them back.
[[jsinterop::export]] std::string events() {
  Document doc = document();
  auto button = jsinterop::cast<HTMLButtonElement>(doc.create_element("button")).value();
  doc.body()->append_child(button);
  std::string *seen = new std::string;
  button.add_event_listener("click", [seen](Event event) {
    MouseEvent click = jsinterop::cast<MouseEvent>(event).value();
    *seen += "click at " + std::to_string(click.client_x()) + "," + std::to_string(click.client_y()) +
             (click.shift_key() ? " with shift" : "") + "; ";
  });
  button.add_event_listener("keydown", [seen](Event event) {
    *seen += "key " + jsinterop::cast<KeyboardEvent>(event)->key() + "; ";
  });
  MouseEventInit click;
  click.client_x = 12;
  click.client_y = 34;
  click.shift_key = true;
  button.dispatch_event(MouseEvent::create("click", click));
  KeyboardEventInit key;
  key.key = "Enter";
  button.dispatch_event(KeyboardEvent::create("keydown", key));
  button.remove();
  return *seen + (jsinterop::is_instance<HTMLInputElement>(button) ? "an input" : "not an input");
}

[[jsinterop::export]] std::string page() {
  Storage storage = window().session_storage();
  storage.set_item("key", "value");
  std::string stored = storage.get_item("key").value_or("(none)");
  storage.remove_item("key");
  return std::string(to_string(document().ready_state())) + " " + stored + " " +
         (storage.get_item("key") ? "kept" : "removed") + " " + document().title();
}
} // namespace web

int main() { return 0; }
