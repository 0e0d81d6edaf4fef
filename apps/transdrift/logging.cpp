#include "logging.hpp"

#include <memory>
#include <string>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace transdrift::cli {

LogCallback make_log_callback(int verbosity) {
  if (verbosity <= 0) return {};
  // Not registered globally: the command owns its one logger, and a plain
  // (uncolored) stderr sink keeps log lines greppable.
  auto sink = std::make_shared<spdlog::sinks::stderr_sink_st>();
  auto logger = std::make_shared<spdlog::logger>("transdrift", sink);
  logger->set_pattern("transdrift: %l: %v");
  logger->set_level(verbosity >= 2 ? spdlog::level::debug : spdlog::level::info);
  return [logger](LogLevel level, std::string_view message) {
    switch (level) {
      case LogLevel::kDebug: logger->debug("{}", message); break;
      case LogLevel::kInfo: logger->info("{}", message); break;
      case LogLevel::kWarning: logger->warn("{}", message); break;
    }
  };
}

void log_info(const LogCallback& log, std::string_view message) {
  if (log) log(LogLevel::kInfo, message);
}

}  // namespace transdrift::cli
