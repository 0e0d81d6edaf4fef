// Error values and the Result<T> type returned across the transdrift API.
//
// The library never throws across its public API: every operation that can
// fail returns a Result<T> (or a Status), which holds either a value or an
// Error describing what went wrong. Check ok() before using value().
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace transdrift {

enum class ErrorCode {
  kInvalidArgument,  // an option or parameter has a value the API does not accept
  kInvalidUtf8,      // input is not well-formed UTF-8 (Error::offset names the byte)
  kEmptyInput,       // input is empty or holds only white space
  kBinaryInput,      // input holds NUL bytes or other data that is not text
  kIoError,          // a file could not be opened, read or written
  kDataMissing,      // a data file the library needs (e.g. WordNet) is missing or corrupt
  kInternal,         // a bug: an invariant did not hold
};

// Stable lower-case name of an error code ("invalid_utf8", ...).
std::string_view to_string(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;                // one line, no trailing newline
  std::optional<std::size_t> offset;  // byte offset into the input, when the error has one
};

template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}       // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}   // NOLINT(google-explicit-constructor)

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  // Precondition: ok().
  const T& value() const& { return std::get<0>(v_); }
  T& value() & { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

  // Precondition: !ok().
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// A Result without a value.
class Status {
 public:
  Status() = default;                                  // success
  Status(Error error) : error_(std::move(error)) {}    // NOLINT(google-explicit-constructor)
  static Status Ok() { return Status(); }

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return *error_; }  // precondition: !ok()

 private:
  std::optional<Error> error_;
};

}  // namespace transdrift
