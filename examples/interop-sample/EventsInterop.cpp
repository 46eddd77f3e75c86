// "Subscribing to JS events": EventsInterop.cs and EventsUsage.
#include "Sample.h"

#include <functional>

namespace events_interop {

// The shim wraps the callback in a JS function and returns it, so that the same function can be
// passed to removeEventListener later.
[[jsinterop::import("subscribeEventById", "EventsShim")]]
jsinterop::object subscribe_event_by_id(std::string_view element_id, std::string_view event_name,
                                        [[jsinterop::marshal_as("function<string, string>")]]
                                        std::function<void(std::string, std::string)> listener);

[[jsinterop::import("unsubscribeEventById", "EventsShim")]]
void unsubscribe_event_by_id(std::string_view element_id, std::string_view event_name,
                             const jsinterop::object &listener_handler);

[[jsinterop::import("triggerClick", "EventsShim")]]
void trigger_click(std::string_view element_id);

[[jsinterop::import("getElementById", "EventsShim")]]
jsinterop::object get_element_by_id(std::string_view element_id);

[[jsinterop::import("subscribeEvent", "EventsShim")]]
jsinterop::object subscribe_event(const jsinterop::object &html_element, std::string_view event_name,
                                  [[jsinterop::marshal_as("function<object>")]]
                                  std::function<void(jsinterop::object)> listener);

[[jsinterop::import("unsubscribeEvent", "EventsShim")]]
void unsubscribe_event(const jsinterop::object &html_element, std::string_view event_name,
                       const jsinterop::object &listener_handler);

} // namespace events_interop

namespace sample {

jsinterop::task<void> events_usage() {
  using namespace events_interop;
  if (!co_await import_shim("EventsShim", "./EventsShim.js")) co_return;

  std::function<void(std::string, std::string)> listener =
      [](std::string event_name, std::string element_id) {
    std::printf("In C++ event listener: Event %s from ID %s\n", event_name.c_str(),
                element_id.c_str());
  };

  jsinterop::object listener_handler1 = subscribe_event_by_id("btn1", "click", listener);
  jsinterop::object listener_handler2 = subscribe_event_by_id("btn2", "click", listener);
  std::printf("Subscribed to btn1 & 2.\n");
  trigger_click("btn1");
  trigger_click("btn2");

  unsubscribe_event_by_id("btn2", "click", listener_handler2);
  std::printf("Unsubscribed btn2.\n");
  trigger_click("btn1");
  trigger_click("btn2"); // nothing: unsubscribed
  unsubscribe_event_by_id("btn1", "click", listener_handler1);
  // Pitfall: unsubscribing with another handler silently does nothing.

  // With the element and the event object as jsinterop::object.
  std::function<void(jsinterop::object)> listener_for_element = [](jsinterop::object event) {
    std::string event_type = event.get<std::string>("type");
    jsinterop::object target = event.get<jsinterop::object>("target");
    std::printf("In C++ event listener: Event %s from ID %s\n", event_type.c_str(),
                target.get<std::string>("id").c_str());
  };

  jsinterop::object html_element = get_element_by_id("btn1");
  jsinterop::object listener_handler3 = subscribe_event(html_element, "click", listener_for_element);
  std::printf("Subscribed to btn1.\n");
  trigger_click("btn1");
  unsubscribe_event(html_element, "click", listener_handler3);
  std::printf("Unsubscribed btn1.\n");
  trigger_click("btn1");
  co_return;
}

} // namespace sample
