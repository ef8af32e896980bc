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

pixels::DecodedFrame decodeDiscFrame(media::DiscSource& source, const QString& path, int frame)
{
    const QString local = source.localPath(path);
    if (!local.isEmpty())
        return pixels::DicomImageFile::open(local).frame(frame);
    QString error;
    const std::optional<QByteArray> bytes = source.readFile(path, error);
    return pixels::DicomImageFile::fromBytes(bytes.value_or(QByteArray())).frame(frame);
}

pixels::DecodedFrame SeriesFrames::load(int index) const
{
    if (index < 0 || index >= count() || !m_source)
        return {};
    const FrameRef& ref = m_frames[index];
    return decodeDiscFrame(*m_source, ref.path, ref.frame);
}

int SeriesFrames::indexOf(const QString& path, int frame) const
{
    for (int i = 0; i < count(); ++i)
        if (m_frames[i].frame == frame && m_frames[i].path == path)
            return i;
    return -1;
}

} // namespace scanshield::ui
