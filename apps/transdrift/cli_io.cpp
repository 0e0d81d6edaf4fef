#include "cli_io.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "transdrift/text.hpp"

namespace transdrift::cli {
namespace {

Error io_error(const std::string& label, const std::string& what) {
  return Error{ErrorCode::kIoError, label + ": " + what, {}};
}

// Only ASCII white space and byte order marks? The library decides for the
// rest of Unicode (and still names the input); this catches the usual cases
// with the same wording before any work is done.
bool only_ascii_space(std::string_view text) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  for (std::size_t i = 0; i < text.size();) {
    if (text.substr(i, kBom.size()) == kBom) {
      i += kBom.size();
      continue;
    }
    const char c = text[i];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f') return false;
    ++i;
  }
  return true;
}

Result<std::string> read_stdin() {
  // std::cin is not opened in binary mode, but POSIX makes no difference
  // between text and binary streams; fread keeps every byte as it comes.
  std::string text;
  char buf[1 << 16];
  for (;;) {
    const std::size_t n = std::fread(buf, 1, sizeof buf, stdin);
    text.append(buf, n);
    if (n < sizeof buf) break;
  }
  if (std::ferror(stdin)) return io_error("<stdin>", std::string("cannot read: ") + std::strerror(errno));
  return text;
}

Result<std::string> read_file(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    const int err = ec ? ec.value() : ENOENT;
    return io_error(path, std::string("cannot open: ") + std::strerror(err));
  }
  if (fs::is_directory(st)) return io_error(path, "is a directory, not a text file");

  std::ifstream in(path, std::ios::binary);
  if (!in) return io_error(path, std::string("cannot open: ") + std::strerror(errno));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return io_error(path, std::string("cannot read: ") + std::strerror(errno));
  return text;
}

}  // namespace

std::string input_label(const std::string& arg) { return arg == "-" ? "<stdin>" : arg; }

Result<Input> read_input(const std::string& arg) {
  const std::string label = input_label(arg);
  Result<std::string> text = arg == "-" ? read_stdin() : read_file(arg);
  if (!text.ok()) return text.error();
  if (Status s = validate_utf8(*text); !s.ok()) {
    Error e = s.error();
    e.message = label + ": " + e.message;
    return e;
  }
  if (text->empty()) return Error{ErrorCode::kEmptyInput, label + ": input is empty", {}};
  if (only_ascii_space(*text))
    return Error{ErrorCode::kEmptyInput, label + ": input is empty: it holds only white space", {}};
  return Input{std::move(text).value(), arg};
}

Status write_output(const std::string& path, std::string_view data) {
  if (path.empty()) {
    std::cout.write(data.data(), static_cast<std::streamsize>(data.size()));
    std::cout.flush();
    if (!std::cout) return io_error("<stdout>", "cannot write");
    return Status::Ok();
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return io_error(path, std::string("cannot write: ") + std::strerror(errno));
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  out.close();
  if (!out) return io_error(path, std::string("cannot write: ") + std::strerror(errno));
  return Status::Ok();
}

bool stdout_is_terminal() { return ::isatty(STDOUT_FILENO) == 1; }

std::size_t terminal_columns() {
  winsize ws{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 0;
}

bool use_color(std::string_view mode, bool to_file) {
  if (mode == "always") return true;
  if (mode == "never" || to_file) return false;
  const char* no_color = std::getenv("NO_COLOR");
  return stdout_is_terminal() && (no_color == nullptr || *no_color == '\0');
}

}  // namespace transdrift::cli
