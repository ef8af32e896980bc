#pragma once

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstdint>

namespace scanshield::media {

// Random-access reads over a file on disk or a buffer in memory, keeping only a small window
// of the file in memory. The header walker skips large values (vendor blobs, pixel data) by
// offset, so it never reads bytes it does not need.
//
// Files are opened with O_RDONLY: nothing here can change a byte of the original disc.
class RandomAccessBytes {
public:
    static constexpr qint64 kWindowSize = 8 * 1024;

    // Opens a file read-only; isOpen() tells whether that worked.
    explicit RandomAccessBytes(const QString& filePath);
    // Wraps bytes already in memory (an entry read from a ZIP or ISO). The buffer is shared, not
    // copied. When only a prefix of a large entry was read, declaredSize is the entry's real
    // size: values past the prefix can still be skipped by offset, and reading one sets
    // beyondPrefix() instead of pretending the file ends there.
    explicit RandomAccessBytes(const QByteArray& bytes, qint64 declaredSize = -1);
    ~RandomAccessBytes();

    RandomAccessBytes(const RandomAccessBytes&) = delete;
    RandomAccessBytes& operator=(const RandomAccessBytes&) = delete;

    bool isOpen() const { return m_fd >= 0 || m_isBuffer; }
    int openErrno() const { return m_openErrno; }
    qint64 size() const { return m_size; }

    // A pointer to `count` bytes at `offset`, valid until the next call, or nullptr when the
    // range runs past the end of the file or the read failed (see readFailed()).
    // Inline: the header walker calls it for every element.
    const std::uint8_t* at(qint64 offset, qint64 count)
    {
        if (!m_isBuffer && offset >= m_windowStart && count >= 0 &&
            offset + count <= m_windowStart + m_windowLength)
            return reinterpret_cast<const std::uint8_t*>(m_window.constData()) + (offset - m_windowStart);
        return atSlow(offset, count);
    }

    // Reads the start of the file into the window now (on the reader thread), so that the
    // parser finds it in memory.
    void prefetchStart() { at(0, std::min<qint64>(m_size, kWindowSize)); }

    // True after an operating-system read error (as opposed to simply reaching the end).
    bool readFailed() const { return m_readFailed; }
    // True after a read past the prefix held in memory (see the buffer constructor).
    bool beyondPrefix() const { return m_beyondPrefix; }

private:
    const std::uint8_t* atSlow(qint64 offset, qint64 count);
    bool fillWindow(qint64 offset, qint64 count);

    int m_fd = -1;
    int m_openErrno = 0;
    bool m_isBuffer = false;
    bool m_readFailed = false;
    bool m_beyondPrefix = false;
    qint64 m_size = 0;
    QByteArray m_buffer;       // the whole content for memory sources
    QByteArray m_window;       // the current window for file sources
    qint64 m_windowStart = 0;
    qint64 m_windowLength = 0;
};

} // namespace scanshield::media
