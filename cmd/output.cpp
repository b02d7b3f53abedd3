#include "output.hpp"

#include <unistd.h>

#include <cerrno>
#include <iostream>

#include "domain/errors.hpp"
#include "util/file_write.hpp"

namespace msol::cli {
namespace {

// A streambuf over a file descriptor that remembers the first error instead of forgetting it
// as std::cout's own buffer does (its badbit carries no reason).
class FdBuffer : public std::streambuf {
 public:
  explicit FdBuffer(int fd) : fd_(fd) { reset(); }
  int error() const { return error_; }
  void clear_error() {
    error_ = 0;
    reset();
  }

 protected:
  int overflow(int ch) override {
    if (!drain()) return traits_type::eof();
    if (ch != traits_type::eof()) {
      *pptr() = static_cast<char>(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  void reset() { setp(buffer_, buffer_ + sizeof buffer_); }

  // Writes what is buffered; a short write is retried, an error is kept with its errno.
  bool drain() {
    const char* p = pbase();
    while (error_ == 0 && p < pptr()) {
      auto n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) error_ = n < 0 ? errno : EIO;
      if (n > 0) p += n;
    }
    reset();
    return error_ == 0;
  }

  int fd_;
  int error_ = 0;
  char buffer_[65536];
};

FdBuffer& stdout_buffer() {
  static FdBuffer buffer(STDOUT_FILENO);
  return buffer;
}

}  // namespace

CheckedStdout::CheckedStdout() : previous_(std::cout.rdbuf(&stdout_buffer())) {
  stdout_buffer().clear_error();
  std::cout.clear();
}

CheckedStdout::~CheckedStdout() {
  std::cout.flush();
  std::cout.rdbuf(previous_);
  std::cout.clear();
}

void flush_stdout() {
  std::cout.flush();
  int err = stdout_buffer().error();
  if (err == EPIPE) throw ReaderGone{};
  if (err != 0) throw Failure("cannot write to standard output: " + util::os_reason(err));
}

}  // namespace msol::cli
