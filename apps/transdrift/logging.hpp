// Internal to the transdrift command: --verbose diagnostics on standard error.
#pragma once

#include <string_view>

#include "transdrift/detector.hpp"

namespace transdrift::cli {

// A callback for Options::log that writes "transdrift: info: ..." lines to
// standard error through spdlog: verbosity 1 shows info and warnings, 2 and
// more also debug messages. Verbosity 0 returns an empty callback: without
// -v the command prints nothing but its output and at most one error line.
LogCallback make_log_callback(int verbosity);

// Logs through the callback if there is one.
void log_info(const LogCallback& log, std::string_view message);

}  // namespace transdrift::cli
