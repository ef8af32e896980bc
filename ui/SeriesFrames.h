#pragma once

#include "media/DiscIndex.h"
#include "media/DiscSource.h"
#include "pixels/DicomImageFile.h"

#include <QList>

#include <memory>

namespace scanshield::ui {

// Decodes frame `frame` (0-based) of the file at `path` on the disc (folder or archive).
// Thread-safe as far as the source is.
pixels::DecodedFrame decodeDiscFrame(media::DiscSource& source, const QString& path, int frame);

// The pictures of one series in viewing order, as (file, frame) pairs, and a loader that
// decodes one of them from the disc (folder or archive). Thread-safe: the viewer decodes on
// worker threads.
class SeriesFrames {
public:
    SeriesFrames(std::shared_ptr<media::DiscSource> source, const media::SeriesEntry& series);

    int count() const { return int(m_frames.size()); }
    pixels::DecodedFrame load(int index) const;
    // The picture in the middle of the series, the most telling one for a thumbnail.
    int middle() const { return count() / 2; }
    // The place of (file, frame) in viewing order; -1 when the series has no such picture.
    int indexOf(const QString& path, int frame) const;

private:
    struct FrameRef {
        QString path;
        int frame = 0;
    };
    std::shared_ptr<media::DiscSource> m_source;
    QList<FrameRef> m_frames;
};

} // namespace scanshield::ui
