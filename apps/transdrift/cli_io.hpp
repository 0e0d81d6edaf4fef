// Internal to the transdrift command: reading the inputs, writing the output,
// and what the terminal can show.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "transdrift/detector.hpp"
#include "transdrift/result.hpp"

namespace transdrift::cli {

// Reads a file in binary mode, exactly as given, or standard input for "-".
// Checks that the bytes are text the library accepts (well-formed UTF-8, not
// empty), so errors name the input: "original.txt: invalid UTF-8 at byte 17".
// Input::path is the argument as given ("-" for standard input).
Result<Input> read_input(const std::string& arg);

// The name of an input in messages: the path, or "<stdin>" for "-".
std::string input_label(const std::string& arg);

// Writes `data` to the file `path` (replacing it) or, if `path` is empty, to
// standard output.
Status write_output(const std::string& path, std::string_view data);

// True when standard output is a terminal.
bool stdout_is_terminal();
// Columns of the terminal on standard output; 0 if unknown.
std::size_t terminal_columns();
// --color auto|always|never. Auto: standard output is a terminal and the
// NO_COLOR environment variable is unset or empty (https://no-color.org).
bool use_color(std::string_view mode, bool to_file);

}  // namespace transdrift::cli
