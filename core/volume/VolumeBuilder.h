#pragma once

#include "media/DiscIndex.h"
#include "media/DiscSource.h"
#include "volume/SliceStack.h"
#include "volume/Volume.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace scanshield::volume {

struct VolumeBuildResult {
    Volume volume;        // empty when no volume could be made
    QString error;        // why not, in plain words: "this series has only 3 pictures"
    QStringList warnings; // what a person looking at the volume should know, in plain words
    bool cancelled = false;

    int picturesUsed = 0;       // the pictures the volume is made of
    int leftOutOtherShape = 0;  // a different size, direction or pixel size than most (scouts)
    int leftOutNoPosition = 0;  // no position or orientation in their header
    int leftOutSamePlace = 0;   // a second picture where one already lies (echoes, time points)
    int leftOutUnreadable = 0;  // files whose header could not be read
    int picturesUndecodable = 0; // in the stack, but their pixels could not be decoded: their
                                 // slices hold background (air) instead
    double tiltDegrees = 0.0;   // gantry tilt: angle between the stack and the slice normal
    bool resampled = false;     // uneven gaps: slices were interpolated to even spacing

    bool ok() const { return error.isEmpty() && !volume.isEmpty(); }
    int picturesLeftOut() const
    {
        return leftOutOtherShape + leftOutNoPosition + leftOutSamePlace + leftOutUnreadable;
    }
};

// Makes the 3D volume of one series of a disc (Volume.h), in patient coordinates:
// - the pictures are ordered by their position along the slice normal, never by instance
//   number; their orientation comes from Image Orientation (Patient);
// - the spacing between slices is measured from the positions, never taken from Slice
//   Thickness; a tilted gantry's stack steps from slice position to slice position, which is
//   not perpendicular to the pictures (Volume::sliceDirection keeps that direction);
// - uneven gaps are resampled to even spacing (SliceStack.h says how);
// - enhanced multi-frame files are read frame by frame with their functional groups;
// - pictures of another size, direction or pixel size than most (a scout in the series) are
//   left out and counted.
// Pictures are decoded one at a time straight into the volume's 16-bit values (PictureReader.h).
class VolumeBuilder {
public:
    // Called after each slice of the volume, on the building thread.
    using ProgressCallback = std::function<void(int slicesDone, int slicesTotal)>;
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // Looked at between files and between slices; a cancelled build returns no volume.
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    // Fewer pictures than this in the stack give an error instead of a volume.
    void setMinimumSlices(int slices) { m_minimumSlices = slices; }

    VolumeBuildResult build(const media::SeriesEntry& series, media::DiscSource& source) const;

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    ProgressCallback m_progress;
    const std::atomic_bool* m_cancel = nullptr;
    int m_minimumSlices = kDefaultMinimumSlices;
};

} // namespace scanshield::volume
