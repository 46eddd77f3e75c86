// err_instance_task: a member function (a method or a getter) that returns a task runs on after the
// call returns, while JS may dispose of the instance it borrows. A static member function that
// takes the instance by value owns its copy.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <string>

namespace net {
struct [[jsinterop::export]] Client {
  [[jsinterop::export]] Client() {}
  [[jsinterop::export]] jsinterop::task<std::string> fetch(std::string url); // expected-error {{'net::Client::fetch' returns a task, which runs on after the call, but the instance it belongs to can be disposed by then: make it a static member function that takes the instance by value}}
  [[jsinterop::export]] jsinterop::task<> close() const; // expected-error {{'net::Client::close' returns a task, which runs on after the call}}
  [[jsinterop::export, jsinterop::getter]] jsinterop::task<int> ready() const; // expected-error {{'net::Client::ready' returns a task, which runs on after the call}}
};
} // namespace net

// Valid: a static member function that takes the instance by value returns a task.
struct [[jsinterop::export]] Downloader {
  [[jsinterop::export]] Downloader() {}
  [[jsinterop::export]] static jsinterop::task<std::string> fetch(Downloader self, std::string url);
  [[jsinterop::export]] std::string last() const { return ""; }
};
