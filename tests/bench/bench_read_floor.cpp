// bench_read_floor DIR
//
// The floor for a disc scan: walks DIR recursively and, for every regular file, opens it,
// reads its first 8 KiB with read(2) and closes it. Prints the number of files and bytes
// read. A real scanner does at least this much work per file, so its speed is measured as
// a ratio to this tool's speed over the same files.

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <system_error>

namespace {

constexpr std::size_t kHeadBytes = 8 * 1024;

// Reads up to kHeadBytes from the start of path. Returns the bytes read, or -1 when the
// file cannot be opened or read.
long long readHead(const char* path, std::array<unsigned char, kHeadBytes>& buffer)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    std::size_t total = 0;
    while (total < buffer.size()) {
        const ssize_t n = ::read(fd, buffer.data() + total, buffer.size() - total);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n < 0)
                total = static_cast<std::size_t>(-1);
            break;
        }
        total += static_cast<std::size_t>(n);
    }
    ::close(fd);
    return total == static_cast<std::size_t>(-1) ? -1 : static_cast<long long>(total);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "Usage: bench_read_floor DIR\n");
        return 2;
    }
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::recursive_directory_iterator it(argv[1], fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        std::fprintf(stderr, "bench_read_floor: %s: %s\n", argv[1], ec.message().c_str());
        return 1;
    }
    std::array<unsigned char, kHeadBytes> buffer{};
    std::uint64_t files = 0;
    std::uint64_t bytes = 0;
    std::uint64_t failures = 0;
    unsigned checksum = 0; // keeps the reads observable
    for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
        if (ec)
            break;
        if (!it->is_regular_file(ec))
            continue;
        const long long n = readHead(it->path().c_str(), buffer);
        if (n < 0) {
            ++failures;
            continue;
        }
        ++files;
        bytes += static_cast<std::uint64_t>(n);
        if (n > 0)
            checksum += buffer[0];
    }
    std::printf("files %llu bytes %llu failures %llu checksum %u\n",
                static_cast<unsigned long long>(files), static_cast<unsigned long long>(bytes),
                static_cast<unsigned long long>(failures), checksum);
    return failures == 0 && !ec ? 0 : 1;
}
