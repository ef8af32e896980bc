#include "media/RandomAccessBytes.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

namespace scanshield::media {

RandomAccessBytes::RandomAccessBytes(const QString& filePath)
{
    const QByteArray nativePath = filePath.toLocal8Bit();
    m_fd = ::open(nativePath.constData(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0) {
        m_openErrno = errno;
        return;
    }
    struct stat info {};
    if (::fstat(m_fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        m_openErrno = errno ? errno : EISDIR;
        ::close(m_fd);
        m_fd = -1;
        return;
    }
    m_size = info.st_size;
}

RandomAccessBytes::RandomAccessBytes(const QByteArray& bytes, qint64 declaredSize)
    : m_isBuffer(true), m_size(std::max<qint64>(declaredSize, bytes.size())), m_buffer(bytes)
{
}

RandomAccessBytes::~RandomAccessBytes()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

const std::uint8_t* RandomAccessBytes::atSlow(qint64 offset, qint64 count)
{
    if (offset < 0 || count < 0 || offset > m_size || count > m_size - offset)
        return nullptr;
    if (m_isBuffer) {
        if (offset + count > m_buffer.size()) {
            m_beyondPrefix = true;
            return nullptr;
        }
        return reinterpret_cast<const std::uint8_t*>(m_buffer.constData()) + offset;
    }
    const bool inWindow = offset >= m_windowStart && offset + count <= m_windowStart + m_windowLength;
    if (!inWindow && !fillWindow(offset, count))
        return nullptr;
    return reinterpret_cast<const std::uint8_t*>(m_window.constData()) + (offset - m_windowStart);
}

bool RandomAccessBytes::fillWindow(qint64 offset, qint64 count)
{
    const qint64 length = std::min(std::max(count, kWindowSize), m_size - offset);
    if (m_window.size() < length)
        m_window.resize(length);
    qint64 done = 0;
    while (done < length) {
        const ssize_t got = ::pread(m_fd, m_window.data() + done, size_t(length - done), offset + done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            // A short read inside the reported size: the medium failed or the file shrank.
            m_readFailed = true;
            m_windowLength = 0;
            return false;
        }
        done += got;
    }
    m_windowStart = offset;
    m_windowLength = length;
    return true;
}

} // namespace scanshield::media
