#include <jsinterop/web/dom.h>
#include <string>

using namespace jsinterop::web;

namespace webtest {
[[jsinterop::export]] std::string url_parts(std::string href) {
  URL url = URL::create(href);
  url.search_params().append("page", "2");
  url.set_hash("top");
  return url.hostname() + " " + url.pathname() + " " + url.href();
}
[[jsinterop::export]] bool url_can_parse(std::string href) { return URL::can_parse(href); }
[[jsinterop::export]] std::string round_trip(std::string text) {
  jsinterop::object bytes = TextEncoder::create().encode(text);
  return std::to_string(bytes.get<int>("length")) + ":" + TextDecoder::create("utf-8").decode(bytes);
}
[[jsinterop::export]] std::string headers() {
  Headers headers = Headers::create();
  headers.append("Content-Type", "text/plain");
  return headers.get("content-type").value_or("(none)") + " " + (headers.has("accept") ? "accept" : "no accept");
}
[[jsinterop::export]] jsinterop::task<std::string> response_text() {
  ResponseInit init;
  init.status = 201;
  Response response = Response::create(std::optional<std::string>("body text"), init);
  std::string text = co_await response.text();
  co_return std::to_string(response.status()) + " " + text + " " + std::string(to_string(response.type()));
}
[[jsinterop::export]] std::string request_mode() {
  RequestInit init;
  init.method = "POST";
  init.mode = RequestMode::same_origin;
  Request request = Request::create("https://example.com/a", init);
  return request.method() + " " + std::string(to_string(request.mode()));
}
[[jsinterop::export]] int events() {
  EventTarget target = EventTarget::create();
  int *seen = new int(0);
  target.add_event_listener("ping", [seen](Event event) { *seen += event.type() == "ping" ? 1 : 100; });
  EventInit init;
  init.cancelable = true;
  Event event = Event::create("ping", init);
  target.dispatch_event(event);
  target.dispatch_event(Event::create("ping"));
  return *seen + (event.cancelable() ? 10 : 0);
}
[[jsinterop::export]] void log(std::string text) { console::log(jsinterop::any(text)); }
// A timer whose callback writes window.name (globalThis.name in Node), which the test reads later.
[[jsinterop::export]] int timer(int ms) {
  return window().set_timeout([] { window().set_name("fired"); }, ms);
}
[[jsinterop::export]] bool is_window_a_window() { return jsinterop::is_instance<Window>(window()); }
} // namespace webtest

int main() { return 0; }
