#include "volume/PictureReader.h"

#include <QCoreApplication>

namespace scanshield::volume {

PictureReader::PictureReader(media::DiscSource& source, const std::vector<SliceGeometry>& slices)
    : m_source(source), m_slices(slices)
{
}

const std::vector<float>& PictureReader::values(std::size_t index)
{
    Cached* slot = nullptr;
    for (Cached& cached : m_cache)
        if (cached.index == index)
            slot = &cached;
    if (!slot) {
        // Slices of the volume ask for pictures in stack order, so the least recently used of
        // the two is the one no slice needs any more.
        slot = m_cache[0].lastUse <= m_cache[1].lastUse ? &m_cache[0] : &m_cache[1];
        decodeInto(*slot, index);
    }
    slot->lastUse = ++m_uses;
    m_error = slot->error;
    return slot->values;
}

void PictureReader::decodeInto(Cached& slot, std::size_t index)
{
    slot.index = index;
    slot.values.clear();
    slot.error.clear();
    const SliceGeometry& slice = m_slices[index];
    pixels::DecodedFrame frame = fileFor(slice.path).frame(slice.frame);
    if (!frame.error.isEmpty()) {
        slot.error = frame.error;
    } else if (frame.isColor) {
        slot.error = QCoreApplication::translate("PictureReader", "a picture of the series is in colour");
    } else if (frame.width != slice.columns || frame.height != slice.rows ||
               frame.values.size() != std::size_t(slice.columns) * std::size_t(slice.rows)) {
        slot.error = QCoreApplication::translate("PictureReader", "a picture is not the size its file says");
    } else {
        slot.values = std::move(frame.values);
    }
}

const pixels::DicomImageFile& PictureReader::fileFor(const QString& path)
{
    if (path == m_openPath)
        return m_openFile; // the next frame of a multi-frame file
    m_openPath = path;
    const QString local = m_source.localPath(path);
    if (!local.isEmpty()) {
        m_openFile = pixels::DicomImageFile::open(local);
    } else {
        QString error;
        const std::optional<QByteArray> bytes = m_source.readFile(path, error);
        m_openFile = bytes ? pixels::DicomImageFile::fromBytes(*bytes) : pixels::DicomImageFile();
    }
    return m_openFile;
}

} // namespace scanshield::volume
