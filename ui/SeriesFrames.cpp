#include "ui/SeriesFrames.h"

namespace scanshield::ui {

SeriesFrames::SeriesFrames(std::shared_ptr<media::DiscSource> source, const media::SeriesEntry& series)
    : m_source(std::move(source))
{
    for (const media::IndexedInstance& instance : series.instances) {
        if (!instance.header.isImage())
            continue;
        for (int frame = 0; frame < instance.header.numberOfFrames; ++frame)
            m_frames.append({instance.path, frame});
    }
}

pixels::DicomImageFile SeriesFrames::openFile(const QString& path) const
{
    const QString local = m_source->localPath(path);
    if (!local.isEmpty())
        return pixels::DicomImageFile::open(local);
    QString error;
    const std::optional<QByteArray> bytes = m_source->readFile(path, error);
    return pixels::DicomImageFile::fromBytes(bytes.value_or(QByteArray()));
}

pixels::DecodedFrame SeriesFrames::load(int index) const
{
    if (index < 0 || index >= count())
        return {};
    const FrameRef& ref = m_frames[index];
    return openFile(ref.path).frame(ref.frame);
}

} // namespace scanshield::ui
